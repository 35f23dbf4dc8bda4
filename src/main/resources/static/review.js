// Songngu article page: keyboard review. Every action posts to /articles/{id}/actions/{action}
// through htmx, which swaps the re-rendered #review area; the focused bead is kept across swaps.
(function () {
  'use strict';
  const body = document.body;
  const articleId = body.dataset.article;
  if (!articleId) { return; }
  const csrfToken = document.querySelector('meta[name="_csrf"]')?.content;
  const csrfHeader = document.querySelector('meta[name="_csrf_header"]')?.content;
  const base = document.querySelector('script[src*="review.js"]').getAttribute('src').replace(/review\.js.*$/, '');
  let current = null;          // the focused bead element
  let column = 'vi';           // the column j/k move in
  let wantFocus = null;        // bead id to focus after the next swap

  document.body.addEventListener('htmx:configRequest', (event) => {
    if (csrfToken && csrfHeader) { event.detail.headers[csrfHeader] = csrfToken; }
  });

  function beads(col) {
    return Array.from(document.querySelectorAll('#review td.tgt.' + col + ' .bead'));
  }
  function columns() {
    return ['vi', 'en'].filter((col) => beads(col).length > 0);
  }
  function focus(el, scroll = true) {
    if (!el) { return; }
    if (current) { current.classList.remove('current'); }
    current = el;
    column = el.closest('td').classList.contains('en') ? 'en' : 'vi';
    el.classList.add('current');
    el.focus({preventScroll: true});
    if (scroll) { el.scrollIntoView({block: 'nearest', behavior: 'smooth'}); }
  }
  function move(step) {
    const list = beads(column);
    if (list.length === 0) { return; }
    const at = list.indexOf(current);
    focus(list[Math.max(0, Math.min(list.length - 1, at < 0 ? 0 : at + step))]);
  }
  function switchColumn(col) {
    if (!columns().includes(col)) { return; }
    const row = current ? current.closest('tr') : null;
    const inRow = row ? row.querySelector('td.tgt.' + col + ' .bead') : null;
    if (inRow) { focus(inRow); return; }
    const srcStart = current ? Number(current.dataset.srcStart) : 0;
    const list = beads(col);
    focus(list.find((b) => Number(b.dataset.srcEnd) > srcStart) || list[list.length - 1]);
  }
  function nextPending() {
    const list = beads(column);
    const at = list.indexOf(current);
    const next = list.slice(at + 1).find((b) => b.classList.contains('pending'));
    if (next) { focus(next); } else { toast('No pending bead below in this column.'); }
  }

  function toast(message, error) {
    const box = document.getElementById('toast');
    box.textContent = message;
    box.className = error ? 'show error' : 'show';
    clearTimeout(box.timer);
    box.timer = setTimeout(() => { box.className = ''; }, error ? 7000 : 2500);
  }

  let previousIndex = 0;
  function act(action, values, focusAfter) {
    wantFocus = focusAfter !== undefined ? focusAfter : (current ? current.dataset.bead : null);
    previousIndex = Math.max(0, beads(column).indexOf(current));
    return htmx.ajax('POST', base + 'articles/' + encodeURIComponent(articleId) + '/actions/' + action,
        {target: '#review', swap: 'outerHTML', values: values});
  }
  function beadValues(el, extra) {
    return Object.assign({bead: el.dataset.bead, version: el.dataset.version}, extra || {});
  }
  function neighbour(el, step) {
    const list = beads(el.closest('td').classList.contains('en') ? 'en' : 'vi');
    return list[list.indexOf(el) + step];
  }

  function approve(status) {
    if (!current) { return; }
    const next = neighbour(current, 1);
    act(status, beadValues(current), next ? next.dataset.bead : current.dataset.bead);
  }
  function merge() {
    if (!current) { return; }
    const next = neighbour(current, 1);
    if (!next) { toast('This is the last bead: nothing to merge it with.', true); return; }
    act('merge', beadValues(current, {otherVersion: next.dataset.version}));
  }
  function shift(side, direction) {
    if (!current) { return; }
    const other = neighbour(current, direction === 'previous' ? -1 : 1);
    act('shift', beadValues(current, {side: side, direction: direction,
      otherVersion: other ? other.dataset.version : ''}));
  }
  function undo() {
    const pair = current ? current.dataset.pair : (column === 'en' ? 'fr-en' : 'fr-vi');
    act('undo', {pair: pair}, '');
  }

  function openDialog(id) {
    const dialog = document.getElementById(id);
    dialog.showModal();
    return dialog;
  }
  function edit(side) {
    if (!current) { return; }
    const el = current;
    const dialog = openDialog('edit-dialog');
    document.getElementById('edit-title').textContent = (side === 'source' ? 'French of bead #' : 'Translation of bead #')
        + el.dataset.index;
    const text = document.getElementById('edit-text');
    text.value = el.querySelector(side === 'source' ? 'template.src-text' : 'template.tgt-text').content.textContent.trim();
    text.focus();
    document.getElementById('edit-form').onsubmit = (event) => {
      event.preventDefault();
      dialog.close();
      act('edit', beadValues(el, {side: side, text: text.value}));
    };
  }
  function radios(container, name, items, start, chosen) {
    container.replaceChildren();
    for (let i = 0; i <= items.length; i++) {
      const label = document.createElement('label');
      label.className = 'cut';
      const input = document.createElement('input');
      input.type = 'radio';
      input.name = name;
      input.value = String(start + i);
      input.checked = (start + i) === chosen;
      label.append(input, document.createTextNode(i === 0 ? ' ⟂ cut before everything'
          : i === items.length ? ' ⟂ cut after everything' : ' ⟂ cut here'));
      container.append(label);
      if (i < items.length) {
        const p = document.createElement('p');
        p.className = 'split-sentence';
        p.textContent = items[i];
        container.append(p);
      }
    }
  }
  function split() {
    if (!current) { return; }
    const el = current;
    const src = Array.from(el.querySelector('template.src-sentences').content.querySelectorAll('li')).map((li) => li.textContent);
    const tgt = Array.from(el.querySelector('template.tgt-sentences').content.querySelectorAll('li')).map((li) => li.textContent);
    if (src.length + tgt.length < 2) { toast('This bead has a single sentence: there is nothing to split.', true); return; }
    const srcStart = Number(el.dataset.srcStart);
    const tgtStart = Number(el.dataset.tgtStart);
    document.getElementById('split-idx').textContent = '#' + el.dataset.index;
    radios(document.getElementById('split-src'), 'sourceAt', src, srcStart, srcStart + Math.min(1, src.length));
    radios(document.getElementById('split-tgt'), 'targetAt', tgt, tgtStart,
        src.length > 1 ? tgtStart + Math.min(1, tgt.length) : tgtStart + Math.min(1, Math.max(0, tgt.length - 1)));
    const dialog = openDialog('split-dialog');
    dialog.querySelector('input:checked')?.focus();
    document.getElementById('split-form').onsubmit = (event) => {
      event.preventDefault();
      const form = event.target;
      dialog.close();
      act('split', beadValues(el, {
        sourceAt: form.querySelector('input[name=sourceAt]:checked').value,
        targetAt: form.querySelector('input[name=targetAt]:checked').value}));
    };
  }
  function approveAbove() {
    const pair = current ? current.dataset.pair : 'fr-vi';
    document.getElementById('threshold-pair').textContent = pair.replace('-', ' → ');
    const input = document.getElementById('threshold');
    input.value = body.dataset.high;
    const dialog = openDialog('threshold-dialog');
    input.select();
    document.getElementById('threshold-form').onsubmit = (event) => {
      event.preventDefault();
      dialog.close();
      act('approve-above', {pair: pair, minConfidence: input.value});
    };
  }
  function history() {
    if (!current) { return; }
    htmx.ajax('GET', base + 'articles/' + encodeURIComponent(articleId) + '/beads/' + current.dataset.bead + '/history',
        {target: '#history-body', swap: 'innerHTML'}).then(() => openDialog('history-dialog'));
  }

  document.addEventListener('keydown', (event) => {
    if (event.target.closest('dialog')) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.id === 'edit-text') {
        event.preventDefault();
        document.getElementById('edit-form').requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.matches('input, textarea, select')) { return; }
    const keys = {
      j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
      h: () => switchColumn('vi'), l: () => switchColumn('en'),
      g: () => focus(beads(column)[0]), G: () => focus(beads(column).at(-1)), n: nextPending,
      a: () => approve('approve'), r: () => approve('reject'), p: () => approve('reset'),
      A: approveAbove, u: undo, t: history,
      e: () => edit('target'), E: () => edit('source'), m: merge, s: split,
      '[': () => shift('target', 'previous'), ']': () => shift('target', 'next'),
      '{': () => shift('source', 'previous'), '}': () => shift('source', 'next'),
      '?': () => openDialog('help'),
    };
    const handler = keys[event.key];
    if (handler) {
      event.preventDefault();
      handler();
    }
  });

  document.addEventListener('click', (event) => {
    const button = event.target.closest('[data-act]');
    const bead = event.target.closest('#review .bead');
    const mapLink = event.target.closest('a.map-bead');
    const close = event.target.closest('[data-close]');
    if (close) { close.closest('dialog').close(); return; }
    if (mapLink) {
      event.preventDefault();
      focus(document.getElementById('bead-' + mapLink.dataset.bead));
      return;
    }
    if (bead) { focus(bead, false); }
    if (button) {
      ({approve: () => approve('approve'), reject: () => approve('reject'), edit: () => edit('target'),
        merge: merge, split: split, history: history})[button.dataset.act]();
    }
  });
  document.getElementById('help-button')?.addEventListener('click', () => openDialog('help'));

  document.body.addEventListener('htmx:afterRequest', (event) => {
    const xhr = event.detail.xhr;
    if (event.detail.successful) {
      const message = xhr.getResponseHeader('X-Songngu-Message');
      if (message) { toast(decodeURIComponent(message.replace(/\+/g, ' '))); }
      if (!wantFocus && xhr.getResponseHeader('X-Songngu-Focus')) { wantFocus = xhr.getResponseHeader('X-Songngu-Focus'); }
    }
  });
  document.body.addEventListener('htmx:responseError', (event) => {
    let detail = 'The action failed (' + event.detail.xhr.status + ').';
    try { detail = JSON.parse(event.detail.xhr.responseText).detail || detail; } catch (ignored) { /* not JSON */ }
    toast(detail, true);
  });
  document.body.addEventListener('htmx:afterSettle', (event) => {
    if (!event.detail.target || event.detail.target.id !== 'review') { return; }
    const previousColumn = column;
    const wanted = wantFocus && document.getElementById('bead-' + wantFocus);
    wantFocus = null;
    current = null;
    const list = beads(previousColumn);
    focus(wanted || list[Math.min(previousIndex, list.length - 1)], true);
  });

  // Start on the bead named in the address (#bead-12, from the map or a search), else the first pending one.
  function fromAddress(hash) {
    if (hash.startsWith('#bead-')) { return document.getElementById(hash.slice(1)); }
    const sentence = /^#(fr|vi|en)-(\d+)$/.exec(hash);
    if (!sentence) { return null; }
    const at = Number(sentence[2]);
    const inside = (b, start, end) => Number(b.dataset[start]) <= at && at < Number(b.dataset[end]);
    if (sentence[1] === 'fr') {
      return beads(columns()[0] || 'vi').find((b) => inside(b, 'srcStart', 'srcEnd'));
    }
    return beads(sentence[1]).find((b) => inside(b, 'tgtStart', 'tgtEnd'));
  }
  const fromHash = fromAddress(location.hash);
  const firstColumn = columns()[0] || 'vi';
  focus(fromHash || beads(firstColumn).find((b) => b.classList.contains('pending')) || beads(firstColumn)[0], !!fromHash);
})();

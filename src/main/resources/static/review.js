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

  // The beads j/k move through: those of the column in the rows the filters show.
  function beads(col) {
    return Array.from(document.querySelectorAll('#review td.tgt.' + col + ' .bead')).filter((b) => !b.closest('tr').hidden);
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
  let lastAction = null;       // what the latest action sent, to take it up again after a 409
  let afterRefresh = null;     // what to do once the review area is swapped and settled (after a 409)
  function articleUrl(rest) {
    return base + 'articles/' + encodeURIComponent(articleId) + rest;
  }
  function act(action, values, focusAfter) {
    wantFocus = focusAfter !== undefined ? focusAfter : (current ? current.dataset.bead : null);
    previousIndex = Math.max(0, beads(column).indexOf(current));
    lastAction = {action: action, values: values};
    return htmx.ajax('POST', articleUrl('/actions/' + action), {target: '#review', swap: 'outerHTML', values: values});
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
  function templateText(el, name) {
    return el.querySelector('template.' + name).content.textContent.trim();
  }
  function templateList(el, name) {
    return Array.from(el.querySelector('template.' + name).content.querySelectorAll('li')).map((li) => li.textContent);
  }
  function targetName(el) {
    return el.dataset.pair === 'fr-en' ? 'English' : 'Vietnamese';
  }
  // Shows a conflict (someone changed the bead meanwhile) at the top of a dialog, or hides the box.
  function conflictBox(id, message) {
    const box = document.getElementById(id);
    box.hidden = !message;
    box.textContent = message || '';
  }
  // The edit dialog shows the other side beside the text being edited, as CAT tools do: the French
  // sentences (numbered as on the page) while editing the translation, the translation while
  // editing the French. typed/conflict: after a 409, what the reviewer had typed and what changed.
  function edit(side, typed, conflict) {
    if (!current) { return; }
    const el = current;
    const source = side === 'source';
    const start = Number(source ? el.dataset.tgtStart : el.dataset.srcStart);
    const reference = document.getElementById('edit-reference');
    reference.replaceChildren();
    reference.lang = source ? (el.dataset.pair === 'fr-en' ? 'en' : 'vi') : 'fr';
    const sentences = templateList(el, source ? 'tgt-sentences' : 'src-sentences');
    const list = document.createElement('ol');
    list.start = start + 1;
    sentences.forEach((sentence) => {
      const li = document.createElement('li');
      li.textContent = sentence;
      list.append(li);
    });
    reference.append(sentences.length ? list : Object.assign(document.createElement('p'),
        {className: 'muted', textContent: '(no sentence on this side)'}));
    document.getElementById('edit-reference-label').textContent = source ? targetName(el) + ' (translation)' : 'French (source)';
    document.getElementById('edit-text-label').textContent = source ? 'French (source)' : targetName(el) + ' (translation)';
    document.getElementById('edit-title').textContent = (source ? 'French of bead ' : 'Translation of bead ')
        + el.dataset.label + ' (' + el.dataset.pair.replace('-', ' → ') + ')';
    conflictBox('edit-conflict', conflict);
    const dialog = openDialog('edit-dialog');
    const text = document.getElementById('edit-text');
    text.lang = source ? 'fr' : (el.dataset.pair === 'fr-en' ? 'en' : 'vi');
    text.value = typed !== undefined ? typed : templateText(el, source ? 'src-text' : 'tgt-text');
    text.focus();
    document.getElementById('edit-form').onsubmit = (event) => {
      event.preventDefault();
      dialog.close();
      act('edit', beadValues(el, {side: side, text: text.value}));
    };
  }
  function note(typed, conflict) {
    if (!current) { return; }
    const el = current;
    document.getElementById('note-title').textContent = 'Note on bead ' + el.dataset.label + ' ('
        + el.dataset.pair.replace('-', ' → ') + ')';
    conflictBox('note-conflict', conflict);
    const dialog = openDialog('note-dialog');
    const text = document.getElementById('note-text');
    text.value = typed !== undefined ? typed : templateText(el, 'note-src');
    text.focus();
    document.getElementById('note-form').onsubmit = (event) => {
      event.preventDefault();
      dialog.close();
      act('note', beadValues(el, {text: text.value}));
    };
  }
  function findings() {
    const first = current && current.querySelector('[data-dismiss]');
    if (first) { first.focus(); } else { toast('The French of this bead has no finding.'); }
  }
  function dismiss(button) {
    const target = button || (current && current.querySelector('[data-dismiss]'));
    if (!target) { toast('The French of this bead has no finding to dismiss.', true); return; }
    const item = target.closest('li');
    document.getElementById('dismiss-what').textContent = item.querySelector('q').textContent
        ? '“' + item.querySelector('q').textContent + '” (' + item.querySelector('code').textContent + '): '
          + item.querySelector('q').nextElementSibling.textContent
        : item.querySelector('code').textContent;
    const reason = document.getElementById('dismiss-reason');
    reason.value = '';
    const dialog = openDialog('dismiss-dialog');
    reason.focus();
    document.getElementById('dismiss-form').onsubmit = (event) => {
      event.preventDefault();
      dialog.close();
      wantFocus = current ? current.dataset.bead : null;
      previousIndex = Math.max(0, beads(column).indexOf(current));
      lastAction = null;
      htmx.ajax('POST', articleUrl('/findings/' + target.dataset.finding + '/dismiss'),
          {target: '#review', swap: 'outerHTML', values: {reason: reason.value}});
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
        p.textContent = (start + i + 1) + '. ' + items[i];
        container.append(p);
      }
    }
  }
  function split() {
    if (!current) { return; }
    const el = current;
    const src = templateList(el, 'src-sentences');
    const tgt = templateList(el, 'tgt-sentences');
    if (src.length + tgt.length < 2) { toast('This bead has a single sentence: there is nothing to split.', true); return; }
    const srcStart = Number(el.dataset.srcStart);
    const tgtStart = Number(el.dataset.tgtStart);
    document.getElementById('split-idx').textContent = el.dataset.label;
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
    htmx.ajax('GET', articleUrl('/beads/' + current.dataset.bead + '/history'),
        {target: '#history-body', swap: 'innerHTML'}).then(() => openDialog('history-dialog'));
  }

  document.addEventListener('keydown', (event) => {
    if (event.target.closest('dialog')) {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target.matches('textarea')) {
        event.preventDefault();
        event.target.form.requestSubmit();
      }
      return;
    }
    if (event.target.id === 'find' && event.key === 'Escape') { event.target.blur(); focus(current); return; }
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.matches('input, textarea, select')) { return; }
    const keys = {
      j: () => move(1), ArrowDown: () => move(1), k: () => move(-1), ArrowUp: () => move(-1),
      h: () => switchColumn('vi'), l: () => switchColumn('en'),
      g: () => focus(beads(column)[0]), G: () => focus(beads(column).at(-1)), n: nextPending,
      a: () => approve('approve'), r: () => approve('reject'), p: () => approve('reset'),
      A: approveAbove, u: undo, t: history, c: () => note(), f: findings, x: () => dismiss(),
      '/': () => document.getElementById('find')?.focus(),
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
    const dismissButton = event.target.closest('[data-dismiss]');
    if (bead) { focus(bead, false); }
    if (dismissButton) { dismiss(dismissButton); return; }
    if (button) {
      ({approve: () => approve('approve'), reject: () => approve('reject'), edit: () => edit('target'),
        merge: merge, split: split, note: () => note(), history: history})[button.dataset.act]();
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
    const xhr = event.detail.xhr;
    let problem = {};
    try { problem = JSON.parse(xhr.responseText) || {}; } catch (ignored) { /* not JSON */ }
    const detail = problem.detail || 'The action failed (' + xhr.status + ').';
    if (xhr.status === 409 && lastAction) {
      refreshAfterConflict(problem, lastAction);
      return;
    }
    toast(detail, true);
  });

  // After a 409 the bead changed under the reviewer: show the page as it is now (without a reload,
  // keeping the filters and the place), say who changed what, and give back what the reviewer typed.
  function beadState(el) {
    return el ? {status: el.dataset.status, text: templateText(el, 'tgt-text'), french: templateText(el, 'src-text'),
      note: templateText(el, 'note-src'), label: el.dataset.label} : null;
  }
  function refreshAfterConflict(problem, sent) {
    const beadId = String(problem.beadId || sent.values.bead || (current ? current.dataset.bead : ''));
    const before = beadState(document.getElementById('bead-' + beadId));
    wantFocus = beadId;
    lastAction = null;
    afterRefresh = () => {
      const el = document.getElementById('bead-' + beadId);
      const now = beadState(el);
      const who = problem.changed || (el && el.dataset.changed) || 'someone else';
      const what = [];
      if (before && now) {
        if (before.status !== now.status) { what.push('status ' + before.status + ' → ' + now.status); }
        if (before.text !== now.text) { what.push('translation now “' + now.text + '”'); }
        if (before.french !== now.french) { what.push('French now “' + now.french + '”'); }
        if (before.note !== now.note) { what.push(now.note ? 'note now “' + now.note + '”' : 'note removed'); }
      }
      const message = (now ? 'Bead ' + now.label : 'This bead') + ' changed meanwhile (' + who + ')'
          + (what.length ? ': ' + what.join('; ') : (now ? '' : ': it was merged or split; the page shows it as it is now'))
          + '. Nothing of yours was saved yet.';
      if (el) {
        const notice = document.createElement('p');
        notice.className = 'conflict-notice';
        notice.setAttribute('role', 'alert');
        notice.textContent = message;
        el.querySelector('.bead-head').after(notice);
        focus(el);
      }
      if (el && sent.action === 'edit') {
        edit(sent.values.side === 'source' ? 'source' : 'target', sent.values.text, message + ' Your text is below: save it again to apply it to the bead as it is now.');
      } else if (el && sent.action === 'note') {
        note(sent.values.text, message + ' Your note is below: save it again to keep it.');
      } else {
        toast(message + ' Try again on the bead as it is now.', true);
      }
    };
    htmx.ajax('GET', articleUrl('/review'), {target: '#review', swap: 'outerHTML'});
  }
  document.body.addEventListener('htmx:afterSettle', (event) => {
    if (!event.detail.target || event.detail.target.id !== 'review') { return; }
    applyFilters();
    const previousColumn = column;
    const wanted = wantFocus && document.getElementById('bead-' + wantFocus);
    wantFocus = null;
    current = null;
    const list = beads(previousColumn);
    focus(wanted || list[Math.min(previousIndex, list.length - 1)], true);
    if (afterRefresh) {
      const then = afterRefresh;
      afterRefresh = null;
      then();
    }
  });

  // Row filters and find: rows stay in the page, hidden; j/k and n move through the rows shown.
  function fold(text) {
    return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  function rowPasses(row, filters) {
    const cells = Array.from(row.querySelectorAll('.bead'));
    if (filters.pending && !cells.some((b) => b.dataset.status === 'pending')) { return false; }
    if (filters.below !== null && !cells.some((b) => Number(b.dataset.confidence) < filters.below)) { return false; }
    if (filters.findings && Number(row.dataset.findings) === 0) { return false; }
    if (filters.gaps && !cells.some((b) => Number(b.dataset.gaps) > 0)) { return false; }
    if (filters.find) {
      const text = Array.from(row.querySelectorAll('td.fr .sentence, .bead .text, .bead .note-text'))
          .map((node) => node.textContent).join(' ');
      if (!fold(text).includes(filters.find)) { return false; }
    }
    return true;
  }
  function applyFilters() {
    const form = document.getElementById('row-filters');
    if (!form) { return; }
    const belowText = document.getElementById('below').value;
    const filters = {
      pending: document.getElementById('only-pending').checked,
      below: belowText === '' ? null : Number(belowText),
      findings: document.getElementById('with-findings').checked,
      gaps: document.getElementById('with-gaps').checked,
      find: fold(document.getElementById('find').value.trim()),
    };
    const rows = Array.from(document.querySelectorAll('#review table.align tbody tr'));
    let shown = 0;
    rows.forEach((row) => {
      row.hidden = !rowPasses(row, filters);
      if (!row.hidden) { shown++; }
    });
    const active = filters.pending || filters.below !== null || filters.findings || filters.gaps || filters.find;
    document.getElementById('filter-count').textContent = active ? shown + ' of ' + rows.length + ' rows shown' : '';
    if (current && current.closest('tr').hidden) {
      const list = beads(column);
      if (list.length) { focus(list[0], false); }
    }
  }
  const filterForm = document.getElementById('row-filters');
  if (filterForm) {
    filterForm.addEventListener('input', applyFilters);
    filterForm.addEventListener('change', applyFilters);
    filterForm.addEventListener('submit', (event) => { event.preventDefault(); focus(beads(column)[0]); });
    document.getElementById('clear-filters').addEventListener('click', () => { filterForm.reset(); applyFilters(); });
  }

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

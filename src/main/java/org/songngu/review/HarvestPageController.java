package org.songngu.review;

import java.nio.file.Path;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.songngu.corpus.Language;
import org.songngu.harvest.HarvestFolder;
import org.songngu.harvest.HarvestResult;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The harvest's pairs, for review: each with its score, its evidence and the start of both pages;
 * confirm, reject, or pair the French page with another page of the crawl. It reads and writes the
 * harvest's files in the corpus folder ({@code songngu.corpus}/.harvest, see {@link HarvestFolder}),
 * where the scheduled harvest writes: the decisions land in the corpus at once and every later
 * harvest replays them.
 */
@Controller
class HarvestPageController {

    /** Rows shown per page. */
    static final int ROWS = 50;

    private final Environment environment;

    HarvestPageController(Environment environment) {
        this.environment = environment;
    }

    private HarvestFolder folder() {
        return new HarvestFolder(Path.of(environment.getProperty("songngu.corpus", "corpus")));
    }

    /** One pair as the page shows it. */
    record Row(
            HarvestFolder.PairRow pair,
            List<String> french,
            List<String> other,
            List<String> evidence,
            List<String> choices) {

        /** A crawl's address is a link only when it is a web one: never a javascript: or data: one. */
        static String link(String url) {
            String lower = url.toLowerCase(Locale.ROOT);
            return lower.startsWith("https://") || lower.startsWith("http://") ? url : null;
        }

        public String frenchLink() {
            return link(pair.french());
        }

        public String otherLink() {
            return link(pair.other());
        }
    }

    @GetMapping("/harvest")
    String harvest(
            @RequestParam(defaultValue = "review") String status,
            @RequestParam(defaultValue = "1") int page,
            Model model) {
        HarvestFolder folder = folder();
        model.addAttribute("exists", folder.exists());
        model.addAttribute("status", status);
        if (!folder.exists()) {
            return "harvest";
        }
        List<HarvestFolder.PairRow> pairs = folder.pairs();
        List<HarvestResult.UnpairedPage> unpaired = folder.unpaired();
        List<HarvestFolder.PairRow> shown = pairs.stream()
                .filter(p -> status.equals("all")
                        || p.status().name().toLowerCase(Locale.ROOT).equals(status))
                .sorted((a, b) -> Double.compare(a.score(), b.score()))
                .toList();
        int pages = Math.max(1, (shown.size() + ROWS - 1) / ROWS);
        int current = Math.min(Math.max(1, page), pages);
        List<Row> rows = new ArrayList<>();
        for (HarvestFolder.PairRow pair : shown.subList((current - 1) * ROWS, Math.min(shown.size(), current * ROWS))) {
            List<String> choices = new ArrayList<>();
            choices.add(pair.other());
            unpaired.stream()
                    .filter(u -> u.language().equals(pair.language().code()))
                    .map(HarvestResult.UnpairedPage::url)
                    .filter(url -> !choices.contains(url))
                    .limit(200)
                    .forEach(choices::add);
            pairs.stream()
                    .filter(p -> p.language() == pair.language() && !p.status().inCorpus())
                    .map(HarvestFolder.PairRow::other)
                    .filter(url -> !choices.contains(url))
                    .limit(200)
                    .forEach(choices::add);
            rows.add(new Row(
                    pair,
                    folder.excerpt(pair.french(), 3),
                    folder.excerpt(pair.other(), 3),
                    List.of(pair.evidence().split("; ")),
                    choices));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("counts", counts(pairs));
        model.addAttribute("unpaired", unpaired.subList(0, Math.min(unpaired.size(), 200)));
        model.addAttribute("unpairedCount", unpaired.size());
        model.addAttribute("problems", folder.problems());
        return "harvest";
    }

    private static String counts(List<HarvestFolder.PairRow> pairs) {
        StringBuilder text = new StringBuilder();
        for (HarvestFolder.Status status : HarvestFolder.Status.values()) {
            long count = pairs.stream().filter(p -> p.status() == status).count();
            text.append(text.length() == 0 ? "" : ", ")
                    .append(count)
                    .append(' ')
                    .append(status.name().toLowerCase(Locale.ROOT));
        }
        return text.toString();
    }

    @PostMapping("/harvest/confirm")
    String confirm(
            @RequestParam String french,
            @RequestParam String language,
            @RequestParam String other,
            @RequestParam(defaultValue = "review") String status,
            Principal user,
            RedirectAttributes redirect) {
        return decide(true, french, language, other, status, user, redirect);
    }

    @PostMapping("/harvest/reject")
    String reject(
            @RequestParam String french,
            @RequestParam String language,
            @RequestParam String other,
            @RequestParam(defaultValue = "review") String status,
            Principal user,
            RedirectAttributes redirect) {
        return decide(false, french, language, other, status, user, redirect);
    }

    private String decide(
            boolean confirm,
            String french,
            String language,
            String other,
            String status,
            Principal user,
            RedirectAttributes redirect) {
        try {
            Language lang = Language.fromCode(language);
            if (confirm) {
                folder().confirm(french, lang, other, user.getName());
                redirect.addFlashAttribute(
                        "message",
                        "Paired " + french + " with " + other + "; the article folder"
                                + " has it now (the next run aligns it).");
            } else {
                folder().reject(french, lang, other, user.getName());
                redirect.addFlashAttribute(
                        "message", "Rejected " + other + " as the " + language + " of " + french + ".");
            }
        } catch (IllegalArgumentException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        redirect.addAttribute("status", status);
        return "redirect:/harvest";
    }
}

package org.songngu.review;

import jakarta.servlet.http.HttpServletResponse;
import java.security.Principal;
import java.util.List;
import org.songngu.api.InvalidRequestException;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.batch.RunProgress;
import org.songngu.store.ArticleStore;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The pages: sign-in, the articles list with filters and search, one article, the runs. */
@Controller
class ArticlePageController {

    /** Search hits listed above the first page of the article list; the API pages through all of them. */
    private static final int HITS_SHOWN = 50;

    private final ArticlePages pages;
    private final ReviewQueries queries;
    private final RunLauncher launcher;
    private final ReviewProperties properties;
    private final RunProgress progress;
    private final ArticleStore store;
    private final MetadataReview metadata;

    ArticlePageController(
            ArticlePages pages,
            ReviewQueries queries,
            RunLauncher launcher,
            ReviewProperties properties,
            RunProgress progress,
            ArticleStore store,
            MetadataReview metadata) {
        this.metadata = metadata;
        this.pages = pages;
        this.queries = queries;
        this.launcher = launcher;
        this.properties = properties;
        this.progress = progress;
        this.store = store;
    }

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @GetMapping("/")
    String articles(
            @RequestParam(required = false) String review,
            @RequestParam(required = false) Double minConfidence,
            @RequestParam(required = false) Double maxConfidence,
            @RequestParam(required = false) Boolean findings,
            @RequestParam(required = false) Boolean missingTerms,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            Model model) {
        ArticleFilter filter = new ArticleFilter(review, minConfidence, maxConfidence, findings, missingTerms, q);
        Page<ArticleSummary> articles = pages.articles(filter, PageRequest.of(page, size, PageRequest.DEFAULT_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("page", articles);
        // Links to the neighbouring pages keep every filter of this request.
        model.addAttribute("previousUrl", articles.hasPrevious() ? pageUrl(articles.page() - 1) : null);
        model.addAttribute("nextUrl", articles.hasNext() ? pageUrl(articles.page() + 1) : null);
        model.addAttribute("articles", articles.items());
        model.addAttribute(
                "hits",
                filter.query().isBlank() || articles.page() > 1
                        ? Page.of(List.of(), PageRequest.first(HITS_SHOWN), 0, true)
                        : pages.search(filter.query(), PageRequest.first(HITS_SHOWN)));
        return "articles";
    }

    private static String pageUrl(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .build()
                .toUriString();
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, Model model) {
        model.addAttribute("view", pages.view(id));
        model.addAttribute("settings", properties);
        model.addAttribute("metadata", metadata.lines(id));
        return "article";
    }

    /** Puts a metadata line back as content (plain form post: works without JavaScript). */
    @PostMapping("/articles/{id}/metadata/{lineId}/keep")
    String keepMetadata(
            @PathVariable String id, @PathVariable long lineId, Principal user, RedirectAttributes redirect) {
        metadata.keep(id, lineId, user.getName());
        redirect.addFlashAttribute("message", "The line goes back into the text on the next run.");
        redirect.addAttribute("id", id);
        return "redirect:/articles/{id}#metadata";
    }

    @GetMapping("/runs")
    String runs(Model model) {
        model.addAttribute("runs", queries.runs(50));
        model.addAttribute("running", launcher.running().orElse(null));
        model.addAttribute("lastResult", launcher.lastResult().orElse(null));
        model.addAttribute(
                "progress",
                progress.current().map(RunProgress.Snapshot::describe).orElse(null));
        return "runs";
    }

    /** What one run did with each article, with the reason of each failure. */
    @GetMapping("/runs/{id}")
    String run(@PathVariable long id, Model model) {
        model.addAttribute("executionId", id);
        model.addAttribute("articles", store.outcomes(id));
        return "run";
    }

    @PostMapping("/runs")
    String startRun(Principal user, RedirectAttributes redirect) {
        try {
            launcher.start(user.getName());
            redirect.addFlashAttribute("message", "Run started over the corpus; reload this page to follow it.");
        } catch (RunInProgressException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/runs";
    }

    @ExceptionHandler({NotFoundException.class, InvalidActionException.class, InvalidRequestException.class})
    String notFound(RuntimeException e, Model model, HttpServletResponse response) {
        response.setStatus(e instanceof NotFoundException ? 404 : 400);
        model.addAttribute("message", e.getMessage());
        return "problem";
    }
}

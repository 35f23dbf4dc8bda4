package org.songngu.review;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** The articles list and one article's aligned pairs. */
@Controller
class ArticlePageController {

    private final ReviewQueries queries;

    ArticlePageController(ReviewQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/")
    String articles(Model model) {
        model.addAttribute("articles", queries.articles());
        return "articles";
    }

    @GetMapping("/articles/{id}")
    String article(@PathVariable String id, @RequestParam(defaultValue = "fr-vi") String pair, Model model) {
        if (!pair.equals("fr-vi") && !pair.equals("fr-en")) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "pair must be fr-vi or fr-en");
        }
        ArticleSummary article = queries.article(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no article " + id));
        model.addAttribute("article", article);
        model.addAttribute("pair", pair);
        model.addAttribute("beads", queries.beads(id, pair));
        return "article";
    }
}

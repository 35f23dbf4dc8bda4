package org.songngu.review;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(ArticlePageController.class)
class ArticlePageControllerTest {

    private static final ArticleSummary SEED = new ArticleSummary("thai-binh-dan-van",
            "Améliorer la qualité", "ALIGNED", null, 35, 33, 34, 2);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ReviewQueries queries;

    @Test
    void listsArticlesWithTheirCounts() throws Exception {
        given(queries.articles()).willReturn(List.of(SEED));

        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/articles/thai-binh-dan-van")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Améliorer la qualité")));
    }

    @Test
    void showsAnArticlesBeadsWithStoredTextEscaped() throws Exception {
        given(queries.article("thai-binh-dan-van")).willReturn(Optional.of(SEED));
        given(queries.beads("thai-binh-dan-van", "fr-vi")).willReturn(List.of(
                new BeadView(1, 0, "fr-vi", "Le matin <script>alert(1)</script>", "Sáng 21/12", 0.97, "PENDING")));

        mvc.perform(get("/articles/thai-binh-dan-van"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Sáng 21/12")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("&lt;script&gt;")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("<script>alert"))));
    }

    @Test
    void anUnknownArticleIsNotFound() throws Exception {
        given(queries.article("nowhere")).willReturn(Optional.empty());

        mvc.perform(get("/articles/nowhere")).andExpect(status().isNotFound());
    }

    @Test
    void anUnknownPairIsABadRequest() throws Exception {
        mvc.perform(get("/articles/thai-binh-dan-van").param("pair", "vi-en")).andExpect(status().isBadRequest());
    }
}

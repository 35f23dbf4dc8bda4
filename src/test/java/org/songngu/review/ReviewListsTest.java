package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.api.PageRequest;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.songngu.users.Role;
import org.songngu.users.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The lists of the API a page at a time, from the stored summaries and search keys: totals,
 * bounds, filters, summaries kept right by review actions, and actions answering with the beads
 * they changed.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewListsTest {

    private static final String PASSWORD = "lists-test-password";
    private static final MediaType PROBLEM = MediaType.APPLICATION_PROBLEM_JSON;

    @Autowired
    WebApplicationContext context;

    @Autowired
    UserAccounts accounts;

    @Autowired
    ArticlePages pages;

    @Autowired
    BeadStore store;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;
    private final List<ReviewFixture> fixtures = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        for (String id : List.of("lists-test-a", "lists-test-b", "lists-test-c")) {
            ReviewFixture fixture = new ReviewFixture(context, id);
            fixture.storeOneToOne(0.95, 0.6, 0.3);
            fixtures.add(fixture);
        }
        if (jdbc.sql("SELECT COUNT(*) FROM review_user WHERE username = 'lists-test'")
                        .query(Long.class)
                        .single()
                == 0) {
            accounts.create("lists-test", PASSWORD, Role.REVIEWER);
        }
    }

    @AfterEach
    void tearDown() {
        fixtures.forEach(ReviewFixture::delete);
    }

    @Test
    void theArticleListComesAPageAtATimeWithItsTotal() throws Exception {
        mvc.perform(get("/api/articles")
                        .param("q", "Phrase francaise")
                        .param("size", "2")
                        .param("page", "2")
                        .with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.totalExact").value(true))
                .andExpect(jsonPath("$.totalPages").value(2))
                .andExpect(jsonPath("$.page").value(2))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].id").value("lists-test-c"))
                .andExpect(jsonPath("$.items[0].frSentences").value(3))
                .andExpect(jsonPath("$.items[0].pairs[0].total").value(3));
        mvc.perform(get("/api/articles")
                        .param("review", "todo")
                        .param("maxConfidence", "0.3")
                        .param("size", "500")
                        .with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == 'lists-test-a')]").exists());
    }

    @Test
    void pageSizesAreBounded() throws Exception {
        for (String[] bad :
                List.of(new String[] {"size", "501"}, new String[] {"size", "0"}, new String[] {"page", "0"})) {
            mvc.perform(get("/api/articles").param(bad[0], bad[1]).with(httpBasic("lists-test", PASSWORD)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                    .andExpect(jsonPath("$.detail").value(containsString("\"" + bad[0] + "\"")));
        }
        mvc.perform(get("/api/search").param("q", "x").param("size", "abc").with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM));
    }

    @Test
    void searchFindsWordStartsWhateverTheAccentsAndPagesItsHits() throws Exception {
        assertThat(pages.search("cau tieng viet so", PageRequest.first(50)).items())
                .filteredOn(hit -> hit.articleId().startsWith("lists-test"))
                .hasSize(9)
                .allSatisfy(hit ->
                        assertThat(hit.text().substring(hit.start(), hit.end())).isEqualTo("Câu tiếng Việt số"));
        assertThat(pages.search("ieng viet", PageRequest.first(50)).items())
                .noneMatch(hit -> hit.articleId().startsWith("lists-test"));
        assertThat(pages.search("FRANÇAISE, numero 2", PageRequest.first(50)).items())
                .filteredOn(hit -> hit.articleId().startsWith("lists-test"))
                .extracting(SearchHit::articleId)
                .containsExactly("lists-test-a", "lists-test-b", "lists-test-c");
        assertThat(pages.search("?!", PageRequest.first(50)).total()).isZero();

        mvc.perform(get("/api/search")
                        .param("q", "numéro 1")
                        .param("size", "1")
                        .param("page", "2")
                        .with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.totalPages").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].articleId").value("lists-test-b"))
                .andExpect(jsonPath("$.items[0].language").value("fr"))
                .andExpect(jsonPath("$.items[0].text").value("Phrase française numéro 1."))
                .andExpect(jsonPath("$.items[0].start").value(17));
    }

    @Test
    void aReviewActionKeepsTheStoredSummaryRight() {
        Bead first = store.beads("lists-test-b", LanguagePair.FR_VI).get(0);
        BeadActions actions = context.getBean(BeadActions.class);

        actions.approve(first.id(), first.version(), "lists-test");

        ArticleSummary summary = pages.article("lists-test-b");
        assertThat(summary.pair(LanguagePair.FR_VI).approved()).isEqualTo(1);
        assertThat(summary.reviewState()).isEqualTo("in-progress");
        assertThat(pages.articles(new ArticleFilter("in-progress", null, null, null, null, ""), PageRequest.first(500))
                        .items())
                .extracting(ArticleSummary::id)
                .contains("lists-test-b")
                .doesNotContain("lists-test-a");
        assertThat(pages.articles(
                                new ArticleFilter("in-progress", null, null, null, null, "numero"),
                                PageRequest.first(500))
                        .items())
                .extracting(ArticleSummary::id)
                .containsExactly("lists-test-b");
    }

    @Test
    void anActionAnswersWithTheBeadsItChangedNotThePair() throws Exception {
        List<Bead> beads = store.beads("lists-test-a", LanguagePair.FR_VI);
        Bead first = beads.get(0);
        Bead second = beads.get(1);
        Bead third = beads.get(2);

        mvc.perform(post("/api/beads/" + first.id() + "/approve")
                        .with(httpBasic("lists-test", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + first.version() + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beads.length()").value(1))
                .andExpect(jsonPath("$.beads[0].id").value(first.id()));
        // Merging #0 and #1 deletes #1 and renumbers #2: the merged bead and #2 come back, #1 is listed as removed.
        mvc.perform(post("/api/beads/" + first.id() + "/merge-next")
                        .with(httpBasic("lists-test", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + (first.version() + 1) + "}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beads.length()").value(2))
                .andExpect(jsonPath("$.beads[0].id").value(first.id()))
                .andExpect(jsonPath("$.beads[1].id").value(third.id()))
                .andExpect(jsonPath("$.beads[1].index").value(1))
                .andExpect(jsonPath("$.outcome.removedBeadIds[0]").value(second.id()));
        assertThat(pages.article("lists-test-a").pair(LanguagePair.FR_VI).total())
                .isEqualTo(2);
    }

    @Test
    void aPairsBeadsComeAPageAtATime() throws Exception {
        mvc.perform(get("/api/articles/lists-test-c/pairs/fr-vi/beads")
                        .param("size", "2")
                        .param("page", "2")
                        .with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].index").value(2));
    }

    @Test
    void aMethodThePathDoesNotAllowIsAProblemToo() throws Exception {
        mvc.perform(delete("/api/articles").with(httpBasic("lists-test", PASSWORD)))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(PROBLEM))
                .andExpect(jsonPath("$.status").value(405));
    }
}

package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.songngu.api.PageRequest;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.songngu.users.AccountException;
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
 * The review wired as in production (same context as {@link BeadActionsTest}): accounts, the
 * OpenAPI description, glossary and finding marks, search, and a 409 through the whole stack.
 */
@SpringBootTest
@ActiveProfiles("test")
class ReviewApplicationTest {

    private static final String PASSWORD = "application-test-password";

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
    private ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        fixture = new ReviewFixture(context, "review-application-test");
        fixture.storeOneToOne(0.95, 0.3);
        jdbc.sql("UPDATE sentence SET content = ? WHERE article_id = ? AND lang = 'fr' AND idx = 1")
                .params("Le Comité provincial du Parti de Thái Bình a siégé.", fixture.articleId)
                .update();
        jdbc.sql("UPDATE bead SET src_text = ?, tgt_text = ? WHERE article_id = ? AND idx = 1")
                .params("Le Comité provincial du Parti de Thái Bình a siégé.", "Hội nghị đã họp.", fixture.articleId)
                .update();
        fixture.finding(1, 0, 2, "Majuscule attendue");
        fixture.frenchScore(1, 0.65);
        if (jdbc.sql("SELECT COUNT(*) FROM review_user WHERE username = 'app-test'")
                        .query(Long.class)
                        .single()
                == 0) {
            accounts.create("app-test", PASSWORD, Role.REVIEWER);
        }
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    @Test
    void passwordsAreStoredHashedAndAccountsValidated() {
        String hash = jdbc.sql("SELECT password_hash FROM review_user WHERE username = 'app-test'")
                .query(String.class)
                .single();

        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
        assertThatThrownBy(() -> accounts.create("app-test", PASSWORD, Role.REVIEWER))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("already exists");
        assertThatThrownBy(() -> accounts.create("short", "tiny", Role.REVIEWER))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("12 characters");
        assertThatThrownBy(() -> accounts.create("bad name!", PASSWORD, Role.REVIEWER))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void theFirstStartCreatedAnAdminWithARandomPassword() {
        assertThat(accounts.list(org.songngu.api.PageRequest.first(500)).items())
                .anySatisfy(account -> {
                    assertThat(account.username()).isEqualTo("admin");
                    assertThat(account.role()).isEqualTo(Role.ADMIN);
                });
    }

    @Test
    void theOpenApiDescriptionListsTheBeadActions() throws Exception {
        mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.paths['/api/beads/{beadId}/approve'].post").exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/pairs/{pair}/undo'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/runs'].post").exists())
                .andExpect(jsonPath("$.info.title").value("Songngu API"))
                .andExpect(jsonPath("$.info.version").isNotEmpty())
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"))
                .andExpect(jsonPath("$.security[0].basic").exists())
                .andExpect(jsonPath("$.paths['/api/beads/{beadId}/approve'].post.responses['409']"
                                + ".content['application/problem+json']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/beads/{beadId}/approve'].post.responses['422']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}'].get.responses['409']")
                        .doesNotExist())
                .andExpect(
                        jsonPath("$.paths['/api/runs'].post.responses['403']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/runs'].post.responses['202']").exists())
                .andExpect(
                        jsonPath("$.paths['/api/search'].get.responses['401']").exists())
                .andExpect(jsonPath("$.paths['/api/export/tmx'].get").exists())
                .andExpect(jsonPath("$.paths['/export.tmx']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/beads/{beadId}/note'].put.responses['409']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/articles/{id}/findings'].get.responses['404']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/findings/{findingId}/dismiss'].post.responses['201']")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/dismissals'].get").exists())
                .andExpect(jsonPath("$.paths['/api/dismissals/{dismissalId}'].delete.responses['403']")
                        .exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void theSecondChangeOnTheSameVersionGets409ThroughTheWholeStack() throws Exception {
        Bead bead = store.beads(fixture.articleId, LanguagePair.FR_VI).get(0);
        String body = "{\"version\":" + bead.version() + "}";

        mvc.perform(post("/api/beads/" + bead.id() + "/approve")
                        .with(httpBasic("app-test", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isOk());
        mvc.perform(post("/api/beads/" + bead.id() + "/reject")
                        .with(httpBasic("app-test", PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("changed by app-test")));
        mvc.perform(get("/api/beads/" + bead.id() + "/history").with(httpBasic("app-test", PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].user").value("app-test"))
                .andExpect(jsonPath("$[0].action").value("approve"))
                .andExpect(jsonPath("$[0].changes[0].after.status").value("approved"));
    }

    @Test
    void theArticleViewMarksFindingsTermsAndMissingTranslations() {
        ArticleView view = pages.view(fixture.articleId);

        ArticleView.Sentence sentence = view.rows().get(1).french().get(0);
        assertThat(sentence.pieces())
                .anySatisfy(piece -> assertThat(piece.css()).contains("finding"));
        assertThat(sentence.score()).isEqualTo(0.65);
        assertThat(sentence.scoreText()).isEqualTo("0.65");
        assertThat(view.rows().get(0).french().get(0).score()).isNull();
        assertThat(sentence.pieces()).anySatisfy(piece -> {
            assertThat(piece.text()).isEqualTo("Comité provincial du Parti");
            assertThat(piece.css()).contains("term-missing-vi");
            assertThat(piece.title()).contains("Tỉnh ủy");
        });
        assertThat(view.rows().get(1).vi().get(0).missing())
                .singleElement()
                .asString()
                .contains("Tỉnh ủy");
        assertThat(view.maps())
                .singleElement()
                .satisfies(map -> assertThat(map.beads()).hasSize(2));
        assertThat(pages.article(fixture.articleId).missingTerms()).isEqualTo(1);
    }

    @Test
    void searchIgnoresAccentsAndFiltersTheArticles() {
        List<SearchHit> hits = pages.search("thai binh", PageRequest.first(50)).items();

        assertThat(hits).anySatisfy(hit -> {
            assertThat(hit.articleId()).isEqualTo(fixture.articleId);
            assertThat(hit.text().substring(hit.start(), hit.end())).isEqualTo("Thái Bình");
        });
        assertThat(pages.articles(new ArticleFilter(null, null, 0.35, null, true, "Thai Binh"), PageRequest.first(50))
                        .items())
                .extracting(ArticleSummary::id)
                .containsExactly(fixture.articleId);
        assertThat(pages.articles(new ArticleFilter("done", null, null, null, null, "Thai Binh"), PageRequest.first(50))
                        .items())
                .isEmpty();
        assertThatThrownBy(() -> new ArticleFilter(null, 0.8, 0.2, null, null, ""))
                .isInstanceOf(InvalidActionException.class);
        jdbc.sql("UPDATE article SET updated_at = ? WHERE id = ?")
                .params(Timestamp.from(Instant.now()), fixture.articleId)
                .update();
    }
}

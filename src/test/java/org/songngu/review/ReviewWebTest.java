package org.songngu.review;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyDouble;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.songngu.api.Page;
import org.songngu.api.PageRequest;
import org.songngu.batch.RunProgress;
import org.songngu.corpus.LanguagePair;
import org.songngu.store.ArticleStore;
import org.songngu.store.Bead;
import org.songngu.store.BeadStatus;
import org.songngu.store.BeadStore;
import org.songngu.store.RunArticleRow;
import org.songngu.store.RunOutcome;
import org.songngu.tmx.TmxExportSettings;
import org.songngu.tmx.TmxUnitSource;
import org.songngu.users.Account;
import org.songngu.users.Role;
import org.songngu.users.SecurityConfiguration;
import org.songngu.users.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.User;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The pages and the API in a web slice: security rules, escaping, ProblemDetail errors. */
// Boot's in-memory user would sit beside the mocked UserAccounts; the application has only the latter.
@WebMvcTest(excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class)
@Import({SecurityConfiguration.class, ReviewWebTest.Settings.class})
class ReviewWebTest {

    static class Settings {
        @org.springframework.context.annotation.Bean
        ReviewProperties reviewProperties() {
            return ReviewProperties.defaults();
        }

        @org.springframework.context.annotation.Bean
        TmxExportSettings tmxExportSettings() {
            return TmxExportSettings.defaults();
        }
    }

    private static final String ID = "thai-binh-dan-van";
    private static final ArticleSummary SEED = new ArticleSummary(
            ID,
            "Améliorer <b>la</b> qualité",
            "ALIGNED",
            null,
            2,
            List.of(new ArticleSummary.PairProgress(LanguagePair.FR_VI, 1, 0, 2)),
            1,
            new ArticleSummary.LastRun(7, "PROCESSED", null, Instant.parse("2025-01-02T03:04:05Z")),
            0.4,
            1,
            0.93);
    private static final Bead BEAD = new Bead(
            11L,
            ID,
            LanguagePair.FR_VI,
            0,
            0,
            1,
            0,
            1,
            "Le matin <script>alert(1)</script>",
            "Sáng 21/12 <img src=x onerror=alert(2)>",
            0.42,
            BeadStatus.PENDING,
            3,
            Instant.now(),
            null);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticlePages pages;

    @MockitoBean
    ReviewQueries queries;

    @MockitoBean
    BeadActions actions;

    @MockitoBean
    BeadStore store;

    @MockitoBean
    ReviewAudit audit;

    @MockitoBean
    RunLauncher launcher;

    @MockitoBean
    TmxUnitSource tmxSource;

    @MockitoBean
    RunProgress progress;

    @MockitoBean
    ArticleStore articleStore;

    @MockitoBean
    UserAccounts accounts;

    @MockitoBean
    MetadataReview metadataReview;

    @MockitoBean
    FindingDismissal dismissals;

    @Test
    void anAnonymousVisitorIsSentToTheLoginPageAndTheApiAnswers401() throws Exception {
        mvc.perform(get("/").accept(MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Sign in")));
        mvc.perform(get("/api/articles"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(containsString("Sign in first")))
                .andExpect(header().doesNotExist("WWW-Authenticate"));
    }

    @Test
    void theArticlesPageShowsProgressAndEscapesStoredText() throws Exception {
        given(pages.articles(any(), any())).willReturn(Page.of(List.of(SEED), new PageRequest(2, 1), 3, true));

        mvc.perform(get("/").queryParam("review", "todo")
                        .queryParam("page", "2")
                        .queryParam("size", "1")
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Articles 2–2 of 3 · page 2 of 3")))
                .andExpect(content().string(containsString("review=todo&amp;size=1&amp;page=1")))
                .andExpect(content().string(containsString("review=todo&amp;size=1&amp;page=3")))
                .andExpect(content().string(containsString("/articles/" + ID)))
                .andExpect(content().string(containsString("Améliorer &lt;b&gt;la&lt;/b&gt; qualité")))
                .andExpect(content().string(containsString("1 / 2")))
                .andExpect(content().string(containsString("score 0.93")));
    }

    @Test
    void theArticlePageShowsBeadsWithStoredTextEscaped() throws Exception {
        ArticleView.Cell cell = new ArticleView.Cell(
                BEAD.withNote("Note <b>bold</b>"),
                "low",
                List.of(new Piece(BEAD.tgtText(), "", "")),
                List.of(),
                List.of("“mobilisation des masses” → dân vận"),
                List.of(BEAD.srcText()),
                List.of(BEAD.tgtText()),
                List.of(new ArticleView.FindingNote(7, 1, "<i>mot</i>", "Message <u>x</u>", "", "RULE_ID")));
        ArticleView view = new ArticleView(
                SEED,
                List.of(LanguagePair.FR_VI),
                List.of(new ArticleView.Row(
                        1,
                        0,
                        1,
                        List.of(new ArticleView.Sentence(
                                0, List.of(new Piece(BEAD.srcText(), "finding", "Faute <i>ici</i>")), 1, 0.65)),
                        List.of(cell),
                        List.of())),
                List.of(new ArticleView.MapView(
                        LanguagePair.FR_VI,
                        220,
                        220,
                        1,
                        1,
                        List.of(new ArticleView.MapBead(11, 0, 0, 0, 220, 220, "low", "#0")))));
        given(pages.view(ID)).willReturn(view);

        mvc.perform(get("/articles/" + ID).with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(containsString("&lt;img src=x onerror=alert(2)&gt;")))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(not(containsString("<img src=x"))))
                .andExpect(content().string(containsString("title=\"Faute &lt;i&gt;ici&lt;/i&gt;\"")))
                .andExpect(content().string(containsString("class=\"score\"")))
                .andExpect(content().string(containsString(">0.65</span>")))
                .andExpect(content()
                        .string(containsString("aria-label=\"French quality score 0.65 (1 means no finding)\"")))
                .andExpect(content().string(containsString(">#1</span>")))
                .andExpect(content().string(containsString("aria-label=\"Approve\"")))
                .andExpect(content().string(containsString("title=\"Approve (a)\"")))
                .andExpect(content().string(containsString("Note &lt;b&gt;bold&lt;/b&gt;")))
                .andExpect(content().string(containsString("&lt;i&gt;mot&lt;/i&gt;")))
                .andExpect(content().string(containsString("Message &lt;u&gt;x&lt;/u&gt;")))
                .andExpect(content().string(containsString("data-finding=\"7\"")))
                .andExpect(content().string(containsString("id=\"edit-reference\"")))
                .andExpect(content().string(containsString("data-version=\"3\"")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString("htmx.min.js")));
    }

    @Test
    void theArticlePageShowsItsMetadataApartAndPutsALineBack() throws Exception {
        given(pages.view(ID)).willReturn(new ArticleView(SEED, List.of(), List.of(), List.of()));
        given(metadataReview.lines(ID))
                .willReturn(List.of(
                        new org.songngu.store.MetadataRow(5, "vi", 2, "credit", "rule", "Ảnh: <b>TTXVN</b>", false),
                        new org.songngu.store.MetadataRow(6, "fr", -1, "author", "page", "Thu Trang", false)));

        mvc.perform(get("/articles/" + ID).with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Metadata set aside")))
                .andExpect(content().string(containsString("Ảnh: &lt;b&gt;TTXVN&lt;/b&gt;")))
                .andExpect(content().string(containsString("/articles/" + ID + "/metadata/5/keep")))
                .andExpect(content().string(not(containsString("/metadata/6/keep"))))
                .andExpect(content().string(not(containsString("onclick"))));
        mvc.perform(post("/articles/" + ID + "/metadata/5/keep")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/articles/" + ID + "#metadata"));
        verify(metadataReview).keep(ID, 5, "lan");
    }

    @Test
    void puttingBackAMissingLineIsA404Problem() throws Exception {
        given(metadataReview.keep(ID, 9, "lan"))
                .willThrow(new NotFoundException("Article " + ID + " has no metadata line 9"));

        mvc.perform(post("/api/articles/" + ID + "/metadata/9/keep")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("no metadata line 9")));
        mvc.perform(post("/api/articles/" + ID + "/metadata/9/keep")
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anUnknownArticleIsAFriendly404() throws Exception {
        given(pages.view("nowhere")).willThrow(new NotFoundException("There is no article nowhere."));

        mvc.perform(get("/articles/nowhere").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is no article nowhere.")));
    }

    @Test
    void aSessionRequestWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/api/beads/11/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("CSRF")));
        verify(actions, never()).approve(11, 3, "lan");
    }

    @Test
    void aReviewerApprovesABeadThroughTheApi() throws Exception {
        given(actions.approve(11, 3, "lan"))
                .willReturn(new ActionOutcome(
                        5L, ID, LanguagePair.FR_VI, "Approved #0", List.of(11L), List.of(11L), List.of()));
        given(store.beads(List.of(11L))).willReturn(List.of(BEAD));

        mvc.perform(post("/api/beads/11/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.summary").value("Approved #0"))
                .andExpect(jsonPath("$.beads.length()").value(1))
                .andExpect(jsonPath("$.beads[0].version").value(3));
    }

    @Test
    void scriptsCallTheApiWithBasicCredentialsAndNoCsrfToken() throws Exception {
        given(accounts.loadUserByUsername("bot"))
                .willReturn(User.withUsername("bot")
                        .password("{noop}a-long-password")
                        .roles("REVIEWER")
                        .build());
        given(actions.reject(11, 3, "bot"))
                .willReturn(new ActionOutcome(
                        6L, ID, LanguagePair.FR_VI, "Rejected #0", List.of(11L), List.of(11L), List.of()));

        mvc.perform(post("/api/beads/11/reject")
                        .with(httpBasic("bot", "a-long-password"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/beads/11/reject")
                        .with(httpBasic("bot", "wrong"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aStaleVersionIsA409ProblemThatSaysWhatToDo() throws Exception {
        given(actions.approve(11, 2, "lan"))
                .willThrow(new BeadConflictException(
                        11,
                        "Bead #0 was changed by minh."
                                + " Nothing was overwritten: reload the article to see the change, then try again."));

        mvc.perform(post("/api/beads/11/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Bead changed by someone else"))
                .andExpect(jsonPath("$.detail").value(containsString("reload the article")))
                .andExpect(jsonPath("$.beadId").value(11));
    }

    @Test
    void a409SaysWhenAndByWhomTheBeadChanged() throws Exception {
        Instant at = Instant.parse("2026-01-02T12:32:00Z");
        given(actions.note(11, 2, "late", "lan"))
                .willThrow(new BeadConflictException(11, "Bead #1 was changed by minh.", at, "minh"));

        mvc.perform(put("/api/beads/11/note")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"text\":\"late\"}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.changedBy").value("minh"))
                .andExpect(jsonPath("$.changedAt").value("2026-01-02T12:32:00Z"))
                .andExpect(
                        jsonPath("$.changed").value(org.hamcrest.Matchers.matchesPattern(".*\\d\\d:\\d\\d, by minh")));
    }

    @Test
    void notesAndDismissalsThroughTheApi() throws Exception {
        given(actions.note(11, 3, "Ask the editor", "lan"))
                .willReturn(new ActionOutcome(
                        5L,
                        ID,
                        LanguagePair.FR_VI,
                        "Note on #1: Ask the editor",
                        List.of(11L),
                        List.of(11L),
                        List.of()));
        given(store.beads(List.of(11L))).willReturn(List.of(BEAD.withNote("Ask the editor")));
        mvc.perform(put("/api/beads/11/note")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3,\"text\":\"Ask the editor\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.beads[0].note").value("Ask the editor"));

        var dismissal = new org.songngu.store.DismissedFindings.Dismissal(
                4, "TEST_RULE", "Nguyen", "spelling", ID, 2, "a name", "lan", Instant.now());
        given(dismissals.dismiss(null, 9, "a name", "lan"))
                .willReturn(new FindingDismissal.Outcome(dismissal, true, "ok"));
        mvc.perform(post("/api/findings/9/dismiss")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"a name\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/dismissals/4"))
                .andExpect(jsonPath("$.ruleId").value("TEST_RULE"))
                .andExpect(jsonPath("$.flagged").value("Nguyen"));
        given(dismissals.dismiss(null, 10, null, "lan"))
                .willReturn(new FindingDismissal.Outcome(dismissal, false, "before"));
        mvc.perform(post("/api/findings/10/dismiss")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isOk());
        given(dismissals.dismiss(null, 11, null, "lan"))
                .willThrow(new NotFoundException("There is no French finding 11."));
        mvc.perform(post("/api/findings/11/dismiss")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/dismissals/4")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
        verify(dismissals, never()).forget(org.mockito.ArgumentMatchers.anyLong(), anyString());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/dismissals/4")
                        .with(user("root").roles("ADMIN", "REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isNoContent());
        verify(dismissals).forget(4, "root");
    }

    @Test
    void thePageDismissesAFindingWithItsCsrfTokenAndAnswersWithTheReviewArea() throws Exception {
        given(pages.view(ID)).willReturn(new ArticleView(SEED, List.of(), List.of(), List.of()));
        var dismissal = new org.songngu.store.DismissedFindings.Dismissal(
                4, "TEST_RULE", "Nguyen", "spelling", ID, 2, null, "lan", Instant.now());
        given(dismissals.dismiss(ID, 9, "", "lan"))
                .willReturn(new FindingDismissal.Outcome(dismissal, true, "Dismissed TEST_RULE on “Nguyen”"));

        mvc.perform(post("/articles/" + ID + "/findings/9/dismiss")
                        .with(user("lan").roles("REVIEWER"))
                        .param("reason", ""))
                .andExpect(status().isForbidden());
        mvc.perform(post("/articles/" + ID + "/findings/9/dismiss")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .param("reason", ""))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Songngu-Message", containsString("Dismissed")))
                .andExpect(content().string(containsString("id=\"review\"")));
        mvc.perform(get("/articles/" + ID + "/review").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"review\"")));
    }

    @Test
    void aLockWaitThatRunsOutIsA409NotA500() throws Exception {
        given(actions.split(11, 2, 1, 1, "lan"))
                .willThrow(new org.springframework.dao.QueryTimeoutException("lock timeout"));

        mvc.perform(post("/api/beads/11/split")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":2,\"sourceAt\":1,\"targetAt\":1}"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.title").value("Article busy"))
                .andExpect(jsonPath("$.detail").value(containsString("Nothing was written")));
    }

    @Test
    void invalidActionsAreUnprocessableAndBadBodiesAreBadRequests() throws Exception {
        given(actions.mergeWithNext(11, 3, null, "lan")).willThrow(new InvalidActionException("Bead #0 is the last."));

        mvc.perform(post("/api/beads/11/merge-next")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value("Bead #0 is the last."));
        mvc.perform(post("/api/beads/11/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("\"version\" is required")));
        mvc.perform(post("/api/beads/11/shift")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":3,\"side\":\"left\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("\"side\" must be")));
        mvc.perform(post("/api/beads/11/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    /** The pair is read once, where the request names it: anything but fr-vi or fr-en is a bad request. */
    @Test
    void aPairOtherThanFrViOrFrEnIsABadRequestThatSaysSo() throws Exception {
        String expected = "\"pair\": unknown pair 'vi-en' (expected fr-vi or fr-en).";
        mvc.perform(post("/api/articles/" + ID + "/pairs/vi-en/undo")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(expected));
        mvc.perform(post("/api/articles/" + ID + "/pairs/vi-en/approve-above")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"minConfidence\":0.9}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(expected));
        mvc.perform(get("/api/articles/" + ID + "/pairs/vi-en/beads")
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(expected));
        mvc.perform(post("/articles/" + ID + "/actions/undo")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .param("pair", "vi-en"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(expected));
        mvc.perform(post("/articles/" + ID + "/actions/approve-above")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("\"pair\" is required: fr-vi or fr-en."));
        verify(actions, never()).undo(any(), any(), any());
        verify(actions, never()).approveAbove(any(), any(), anyDouble(), any());
        verify(pages, never()).beads(any(), any(), any());
    }

    @Test
    void aPairIsReadInEitherCaseAndAnsweredAsItsCode() throws Exception {
        given(actions.undo(ID, LanguagePair.FR_EN, "lan"))
                .willReturn(
                        new ActionOutcome(5L, ID, LanguagePair.FR_EN, "Undone", List.of(11L), List.of(11L), List.of()));
        mvc.perform(post("/api/articles/" + ID + "/pairs/FR-EN/undo")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.outcome.pair").value("fr-en"));
    }

    @Test
    void onlyAnAdminStartsARunOrManagesAccounts() throws Exception {
        given(launcher.start("root")).willReturn(new RunLauncher.RunRequest("root", Instant.now(), "corpus", 7L));
        given(accounts.create(anyString(), anyString(), any()))
                .willReturn(new Account("thu", Role.REVIEWER, true, Instant.now()));

        mvc.perform(post("/api/runs").with(user("lan").roles("REVIEWER")).with(csrf()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(containsString("admin role")));
        mvc.perform(get("/api/users").with(user("lan").roles("REVIEWER"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/runs")
                        .with(user("root").roles("ADMIN", "REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/runs/7"))
                .andExpect(jsonPath("$.executionId").value(7))
                .andExpect(jsonPath("$.requestedBy").value("root"));
        mvc.perform(post("/api/users")
                        .with(user("root").roles("ADMIN", "REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"thu\",\"password\":\"another-long-one\",\"role\":\"reviewer\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value("thu"))
                .andExpect(jsonPath("$.passwordHash").doesNotExist());
        mvc.perform(post("/api/users")
                        .with(user("root").roles("ADMIN", "REVIEWER"))
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"thu\",\"password\":\"another-long-one\",\"role\":\"boss\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("reviewer or admin")));
    }

    @Test
    void aSecondRunWhileOneIsUnderWayIsAConflict() throws Exception {
        given(launcher.start("root")).willThrow(new RunInProgressException("A run is already under way."));

        mvc.perform(post("/api/runs")
                        .with(user("root").roles("ADMIN", "REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("A run is already under way."));
    }

    @Test
    void thePageActionAnswersWithTheReviewAreaAndTheOutcome() throws Exception {
        given(store.bead(11)).willReturn(Optional.of(BEAD));
        given(actions.approve(11, 3, "lan"))
                .willReturn(new ActionOutcome(
                        5L, ID, LanguagePair.FR_VI, "Approved #0", List.of(11L), List.of(11L), List.of()));
        given(pages.view(ID)).willReturn(new ArticleView(SEED, List.of(), List.of(), List.of()));

        mvc.perform(post("/articles/" + ID + "/actions/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .param("bead", "11")
                        .param("version", "3"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Songngu-Message", "Approved+%230"))
                .andExpect(header().string("X-Songngu-Focus", "11"))
                .andExpect(content().string(containsString("id=\"review\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void aPageActionOnABeadOfAnotherArticleIsRefused() throws Exception {
        given(store.bead(11)).willReturn(Optional.of(BEAD));

        mvc.perform(post("/articles/other/actions/approve")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf())
                        .param("bead", "11")
                        .param("version", "3"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail").value(containsString("belongs to article " + ID)));
        verify(actions, never()).approve(11, 3, "lan");
    }

    @Test
    void aRunsPageListsEachArticleWithTheReasonOfItsFailure() throws Exception {
        given(articleStore.outcomes(7))
                .willReturn(List.of(
                        new RunArticleRow("bad-utf8", RunOutcome.FAILED, "fr.txt: not valid UTF-8 at byte 8"),
                        new RunArticleRow("thai-binh-dan-van", RunOutcome.PROCESSED, null)));

        mvc.perform(get("/runs/7").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("fr.txt: not valid UTF-8 at byte 8")));
    }

    @Test
    void theRunsPageSaysHowManyProcessedArticlesWereRedoneAfterAPipelineChange() throws Exception {
        given(queries.runs(50))
                .willReturn(List.of(
                        new RunSummary(8, "completed", Instant.now(), Instant.now(), "", 5, 1, 0, 3),
                        new RunSummary(7, "completed", Instant.now(), Instant.now(), "", 4, 0, 0, 0)));

        mvc.perform(get("/runs").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(3 redone)")))
                .andExpect(content().string(not(containsString("(0 redone)"))));
    }
}

package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The TMX download: streamed, filtered like the command, refused with a reason, reviewers only. */
@SpringBootTest
@ActiveProfiles("test")
class TmxDownloadTest {

    @Autowired
    WebApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    private MockMvc mvc;
    private ReviewFixture fixture;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .apply(springSecurity())
                .build();
        fixture = new ReviewFixture(context, "tmx-download-test");
        fixture.storeOneToOne(0.95, 0.6, 0.99);
        jdbc.sql("UPDATE bead SET status = 'APPROVED', updated_by = 'lan' WHERE article_id = ? AND idx IN (0, 1)")
                .param(fixture.articleId)
                .update();
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    @Test
    void streamsTheApprovedPairsOfAnArticleAsTmx() throws Exception {
        String tmx = download("/api/export/tmx?pair=fr-vi&article=tmx-download-test");

        assertThat(tmx)
                .startsWith("<?xml")
                .contains("<tmx version=\"1.4\">")
                .contains("tuid=\"tmx-download-test/fr-vi/0\"")
                .contains("tuid=\"tmx-download-test/fr-vi/1\"")
                .doesNotContain("tuid=\"tmx-download-test/fr-vi/2\"")
                .contains("<seg>" + ReviewFixture.vietnamese(1) + "</seg>");
    }

    @Test
    void filtersByStatusAndConfidence() throws Exception {
        String tmx = download("/api/export/tmx?pair=fr-vi&status=any&minConfidence=0.9&article=tmx-download-test");

        assertThat(tmx)
                .contains("tmx-download-test/fr-vi/0")
                .contains("tmx-download-test/fr-vi/2")
                .doesNotContain("tmx-download-test/fr-vi/1");
    }

    @Test
    void badOptionsAreABadRequestWithAReason() throws Exception {
        mvc.perform(get("/api/export/tmx")
                        .param("pair", "vi-en")
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown pair 'vi-en'")));
        mvc.perform(get("/api/export/tmx")
                        .param("minConfidence", "1.5")
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void thereIsOneDownloadAddress() throws Exception {
        mvc.perform(get("/export.tmx").param("pair", "fr-vi").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType("application/problem+json"));
    }

    @Test
    void signedOutVisitorsGetNoMemory() throws Exception {
        mvc.perform(get("/api/export/tmx")).andExpect(status().isUnauthorized());
    }

    private String download(String url) throws Exception {
        MvcResult started = mvc.perform(get(url).with(user("lan").roles("REVIEWER")))
                .andExpect(request().asyncStarted())
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString(".tmx")))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}

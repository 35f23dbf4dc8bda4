package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.songngu.corpus.Language;
import org.songngu.glossary.Glossary;
import org.songngu.harvest.HarvestFolder;
import org.songngu.harvest.HarvestSettings;
import org.songngu.harvest.Harvester;
import org.songngu.harvest.HtmlFolderPageSource;
import org.songngu.users.SecurityConfiguration;
import org.songngu.users.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The harvest review page over a harvest of saved pages: pairs with evidence, confirm, reject, re-pair. */
@WebMvcTest(
        controllers = HarvestPageController.class,
        excludeAutoConfiguration = UserDetailsServiceAutoConfiguration.class)
@Import(SecurityConfiguration.class)
class HarvestWebTest {

    private static final Path CORPUS;
    private static final String FR = "https://site.example.vn/fr/thai-binh.html";
    private static final String VI = "https://site.example.vn/thai-binh.html";
    private static final String OTHER = "https://site.example.vn/tin-khac.html";

    static {
        try {
            Path root = Files.createTempDirectory("songngu-harvest-web");
            Path crawl = root.resolve("crawl/site.example.vn");
            Files.createDirectories(crawl.resolve("fr"));
            String french = String.join(" ", Files.readAllLines(Path.of("corpus/thai-binh-dan-chu-co-so/fr.txt")));
            String vietnamese = String.join(" ", Files.readAllLines(Path.of("corpus/thai-binh-dan-chu-co-so/vi.txt")));
            String other = String.join(" ", Files.readAllLines(Path.of("corpus/hung-yen-tiep-cong-dan/vi.txt")));
            Files.writeString(crawl.resolve("fr/thai-binh.html"), page(french + " <script>alert(1)</script>"));
            Files.writeString(crawl.resolve("thai-binh.html"), page(vietnamese));
            Files.writeString(crawl.resolve("tin-khac.html"), page(other));
            CORPUS = root.resolve("corpus");
            new Harvester(HarvestSettings.defaults(), Glossary.empty())
                    .harvest(
                            List.of(new HtmlFolderPageSource(
                                    root.resolve("crawl"), HarvestSettings.DEFAULT_MAX_PAGE_BYTES)),
                            new HarvestFolder(CORPUS),
                            p -> {});
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String page(String text) {
        return "<html><body><article><p>"
                + text.replace("<script>", "&lt;script&gt;").replace("</script>", "&lt;/script&gt;")
                + "</p></article></body></html>";
    }

    @DynamicPropertySource
    static void corpus(DynamicPropertyRegistry registry) {
        registry.add("songngu.corpus", CORPUS::toString);
    }

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserAccounts accounts;

    @Test
    void showsThePairsWithTheirEvidenceEscaped() throws Exception {
        mvc.perform(get("/harvest").queryParam("status", "all").with(user("lan").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(FR)))
                .andExpect(content().string(containsString(VI)))
                .andExpect(content().string(containsString("url-pattern")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(containsString("Re-pair")));
    }

    @Test
    void rejectAndRePairChangeTheCorpusFolder() throws Exception {
        HarvestFolder folder = new HarvestFolder(CORPUS);
        mvc.perform(post("/harvest/reject")
                        .param("french", FR)
                        .param("language", "vi")
                        .param("other", VI)
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/harvest?status=review"));
        assertThat(folder.pairs()).anyMatch(p -> p.other().equals(VI) && p.status() == HarvestFolder.Status.REJECTED);

        mvc.perform(post("/harvest/confirm")
                        .param("french", FR)
                        .param("language", "vi")
                        .param("other", OTHER)
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", containsString("Paired")));
        assertThat(folder.pairs())
                .anyMatch(p -> p.other().equals(OTHER)
                        && p.status() == HarvestFolder.Status.CONFIRMED
                        && p.language() == Language.VI);

        mvc.perform(post("/harvest/confirm")
                        .param("french", FR)
                        .param("language", "vi")
                        .param("other", "https://nowhere/")
                        .with(user("lan").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("error", containsString("no harvested page at https://nowhere/")));
    }

    @Test
    void aDecisionNeedsTheCsrfTokenAndASignedInReviewer() throws Exception {
        mvc.perform(post("/harvest/reject")
                        .param("french", FR)
                        .param("language", "vi")
                        .param("other", VI)
                        .with(user("lan").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/harvest").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}

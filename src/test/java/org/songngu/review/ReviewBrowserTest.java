package org.songngu.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.songngu.batch.AlignmentRuns;
import org.songngu.batch.RunReport;
import org.songngu.store.Bead;
import org.songngu.store.BeadStore;
import org.songngu.users.Role;
import org.songngu.users.UserAccounts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The review in a real browser (Debian's chromium and chromedriver, headless): sign in, open the
 * seed article, approve a bead and merge two from the keyboard, reload and find both kept. Skipped
 * with a message when the browser is missing on a developer machine; in CI (CI set) it must run.
 * Its own in-memory database, so its changes to the seed article reach no other test.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.datasource.url=jdbc:h2:mem:songngu-browser;DB_CLOSE_DELAY=-1")
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReviewBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String SEED = "thai-binh-dan-van";
    private static final String USER = "browser-reviewer";
    private static final String PASSWORD = "a-long-test-password";

    @LocalServerPort
    int port;

    @Autowired
    AlignmentRuns runs;

    @Autowired
    UserAccounts accounts;

    @Autowired
    BeadActions actions;

    @Autowired
    BeadStore store;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private WebDriver driver;
    private Path profile;

    @BeforeAll
    void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium"
                    + " chromium-driver); in CI this test runs and fails without them.");
        }
        assertThat(installed)
                .as("CI is set, so %s and %s must be installed (.ci/run does it)", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        RunReport report = runs.run(Path.of("corpus"));
        assertThat(report.succeeded()).as("the job on corpus/: %s", report).isTrue();
        accounts.create(USER, PASSWORD, Role.REVIEWER);

        profile = Files.createTempDirectory("songngu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--window-size=1500,1000",
                "--lang=en");
        // The console, to find any script, style or request the Content-Security-Policy blocked.
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1500, 1000));
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            org.springframework.util.FileSystemUtils.deleteRecursively(profile);
        }
    }

    @Test
    void aReviewerApprovesAndMergesFromTheKeyboardAndTheChangesAreKept() throws Exception {
        signIn();
        driver.get(url("/articles/" + SEED));
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        // Each action swaps the review area: an element read between a find and its attribute is stale, so poll again.
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElements(By.cssSelector(".bead.current")).isEmpty());

        String approved = currentBead();
        assertThat(classOf(approved)).contains("pending");
        press("a");
        wait.until(d -> classOf(approved).contains("approved") && !currentBead().equals(approved));

        String first = currentBead();
        List<String> column = beadIdsInColumn("vi");
        String second = column.get(column.indexOf(first) + 1);
        String mergedEnd = driver.findElement(By.id("bead-" + second)).getDomAttribute("data-src-end");
        press("m");
        wait.until(d -> d.findElements(By.id("bead-" + second)).isEmpty());
        assertThat(beadIdsInColumn("vi")).hasSize(column.size() - 1);

        driver.navigate().refresh();
        wait.until(d -> !d.findElements(By.cssSelector(".bead.current")).isEmpty());
        assertThat(classOf(approved)).contains("approved");
        assertThat(driver.findElements(By.id("bead-" + second))).isEmpty();
        assertThat(driver.findElement(By.id("bead-" + first)).getDomAttribute("data-src-end"))
                .isEqualTo(mergedEnd);

        press("?");
        wait.until(d -> d.findElement(By.id("help")).isDisplayed());
        screenshot("review-help.png");
        press("\u001b");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.getElementById('help').close();");
        screenshot("review-article.png");

        driver.get(url("/?q=Thai+Binh"));
        assertThat(driver.findElements(By.cssSelector(".hits mark")))
                .as("accent-insensitive search hits")
                .anySatisfy(mark -> assertThat(mark.getText()).isEqualTo("Thái Bình"));
        assertThat(driver.findElement(By.cssSelector("tr[data-article='" + SEED + "']"))
                        .getText())
                .contains("1 / ");
        screenshot("review-articles.png");
        assertThat(driver.manage().logs().get("browser").getAll())
                .as("console messages of the pages: nothing blocked by the Content-Security-Policy")
                .noneSatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));

        // The control: an injected inline script is blocked, and the console says so.
        Object ran = ((JavascriptExecutor) driver)
                .executeScript("const s = document.createElement('script');"
                        + " s.textContent = 'window.injected = true;'; document.head.appendChild(s); return "
                        + "window.injected === true;");
        assertThat(ran).as("an inline script ran").isEqualTo(Boolean.FALSE);
        assertThat(driver.manage().logs().get("browser").getAll())
                .anySatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));
    }

    /**
     * Issue 17, points 6-10, on the Ho Chi Minh City article (the other test changes the seed):
     * numbering from 1, the source beside the target while editing, filters and find, a note that
     * reaches the TMX, a 409 that refreshes the bead in place and keeps what was typed, a finding
     * dismissed from the keyboard, labelled actions, concordance search hits, the glossary check
     * agreeing with the highlighting.
     */
    @Test
    void theReviewPageWorksAsTranslatorsExpect() throws Exception {
        String article = "tphcm-mot-cua-truc-tuyen";
        signIn();
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);

        // 10: one wording for the review state, the list's sentence count says whether the title counts.
        driver.get(url("/"));
        String row = driver.findElement(By.cssSelector("tr[data-article='" + article + "']"))
                .getText();
        assertThat(row).contains("to do").doesNotContain("todo");
        String seedRow = driver.findElement(By.cssSelector("tr[data-article='" + SEED + "']"))
                .getText();
        assertThat(seedRow)
                .as("corpus/README.md counts 34 sentences in the seed's body")
                .contains("34 French sentences + the title");

        driver.get(url("/articles/" + article));
        wait.until(d -> !d.findElements(By.cssSelector(".bead.current")).isEmpty());
        // 7: beads and sentences from 1; the header explains beads against sentences; both map axes labelled.
        assertThat(driver.findElements(By.cssSelector("td.tgt.vi .bead .idx"))
                        .get(0)
                        .getText())
                .isEqualTo("#1");
        assertThat(driver.findElements(By.cssSelector("table.align td.num"))
                        .get(0)
                        .getText())
                .isEqualTo("1");
        assertThat(driver.findElement(By.cssSelector(".pair-progress")).getText())
                .containsPattern("beads over \\d+ French and \\d+ Vietnamese sentences");
        assertThat(driver.findElements(By.cssSelector(".map text.axis")))
                .extracting(WebElement::getText)
                .anySatisfy(text -> assertThat(text).startsWith("French sentences 1–"))
                .anySatisfy(text -> assertThat(text).startsWith("Vietnamese sentences 1–"));
        // 10: "District 1" and "the districts" are English for the arrondissement: a bead whose English
        // says so gets no missing-term warning (one French sentence has no English at all: that one does).
        List<WebElement> districtBeads = driver.findElements(By.cssSelector("td.tgt.en .bead")).stream()
                .filter(b -> b.findElement(By.cssSelector(".text"))
                        .getText()
                        .toLowerCase()
                        .contains("district"))
                .toList();
        assertThat(districtBeads)
                .isNotEmpty()
                .allSatisfy(b -> assertThat(b.findElements(By.cssSelector(".missing")))
                        .extracting(WebElement::getText)
                        .noneSatisfy(text -> assertThat(text).contains("arrondissement")));
        // 9: every action has an accessible name and a tooltip with its key.
        WebElement approveButton = driver.findElement(By.cssSelector(".bead.current button[data-act=approve]"));
        assertThat(approveButton.getDomAttribute("aria-label")).isEqualTo("Approve");
        assertThat(approveButton.getDomAttribute("title")).isEqualTo("Approve (a)");
        assertThat(driver.findElements(By.cssSelector(".bead.current .tools button")))
                .allSatisfy(
                        button -> assertThat(button.getDomAttribute("title")).matches(".+\\(.\\)"));

        // 6: the edit dialog shows the French beside the translation.
        String bead = currentBead();
        press("e");
        wait.until(d -> d.findElement(By.id("edit-dialog")).isDisplayed());
        WebElement reference = driver.findElement(By.id("edit-reference"));
        WebElement textarea = driver.findElement(By.id("edit-text"));
        Object firstFrench = ((JavascriptExecutor) driver)
                .executeScript("return document.querySelector('#bead-" + bead
                        + " template.src-sentences').content.querySelector('li').textContent;");
        assertThat(reference.getText()).contains(((String) firstFrench).strip());
        assertThat(reference.getLocation().getX())
                .as("source left of the target")
                .isLessThan(textarea.getLocation().getX());
        assertThat(reference.getLocation().getY())
                .as("side by side")
                .isCloseTo(textarea.getLocation().getY(), org.assertj.core.data.Offset.offset(40));
        assertThat(driver.findElement(By.id("edit-title")).getText()).startsWith("Translation of bead #");
        screenshot("review-edit-dialog.png");
        press("\u001b");
        wait.until(d -> !d.findElement(By.id("edit-dialog")).isDisplayed());

        // 9: filters and find keep only the rows asked for; j/k stay in them.
        int rows = driver.findElements(By.cssSelector("#review table.align tbody tr"))
                .size();
        press("/");
        wait.until(d -> "find".equals(d.switchTo().activeElement().getDomAttribute("id")));
        new org.openqa.selenium.interactions.Actions(driver)
                .sendKeys("district")
                .perform();
        wait.until(d -> !d.findElement(By.id("filter-count")).getText().isEmpty());
        List<WebElement> shown = visibleRows();
        assertThat(shown)
                .isNotEmpty()
                .hasSizeLessThan(rows)
                .allSatisfy(tr -> assertThat(fold(tr.getText())).contains("district"));
        screenshot("review-filters.png");
        driver.findElement(By.id("clear-filters")).click();
        driver.findElement(By.id("only-pending")).click();
        driver.findElement(By.id("below")).sendKeys("0.5");
        wait.until(d -> visibleRows().size() < rows);
        assertThat(visibleRows())
                .allSatisfy(tr -> assertThat(tr.findElements(By.cssSelector(".bead.pending")))
                        .isNotEmpty());
        driver.findElement(By.id("clear-filters")).click();
        wait.until(d -> visibleRows().size() == rows);

        // 9: a note for the next reviewer, in the history and in the TMX.
        focusBead(bead);
        press("c");
        wait.until(d -> d.findElement(By.id("note-dialog")).isDisplayed());
        driver.findElement(By.id("note-text")).sendKeys("Check the name of the district with the editor");
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .keyUp(org.openqa.selenium.Keys.CONTROL)
                .perform();
        wait.until(d -> d.findElement(By.id("bead-" + bead)).getText().contains("Check the name of the district"));
        press("t");
        wait.until(d -> d.findElement(By.id("history-dialog")).isDisplayed());
        String history = driver.findElement(By.id("history-body")).getText();
        assertThat(history)
                .contains("History of bead #")
                .contains("note")
                .containsPattern("\\d\\d:\\d\\d, by " + USER)
                .doesNotContainPattern("\\d{4}-\\d\\d-\\d\\dT");
        screenshot("review-history.png");
        press("\u001b");
        Object tmx = ((JavascriptExecutor) driver)
                .executeAsyncScript("const done = arguments[arguments.length - 1];"
                        + " fetch('/api/export/tmx?pair=fr-vi&status=any&article=" + article
                        + "').then(r => r.text()).then(done);");
        assertThat((String) tmx).contains("<note>Check the name of the district with the editor</note>");

        // 8: someone else approves the bead meanwhile; the reviewer's edit gets a 409, the bead is
        // refreshed in place, the other's change is shown and the typed text is given back.
        focusBead(bead);
        Bead seen = store.bead(Long.parseLong(bead)).orElseThrow();
        actions.approve(seen.id(), seen.version(), "other-reviewer");
        press("e");
        wait.until(d -> d.findElement(By.id("edit-dialog")).isDisplayed());
        WebElement text = driver.findElement(By.id("edit-text"));
        text.sendKeys(" (checked)");
        String typed = text.getDomProperty("value");
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .keyUp(org.openqa.selenium.Keys.CONTROL)
                .perform();
        wait.until(d -> d.findElement(By.id("edit-dialog")).isDisplayed()
                && d.findElement(By.id("edit-conflict")).isDisplayed());
        assertThat(driver.findElement(By.id("edit-conflict")).getText())
                .containsPattern("\\d\\d:\\d\\d, by other-reviewer")
                .contains("pending → approved");
        assertThat(driver.findElement(By.id("edit-text")).getDomProperty("value"))
                .isEqualTo(typed);
        assertThat(classOf(bead)).contains("approved");
        assertThat(driver.findElement(By.cssSelector("#bead-" + bead + " .conflict-notice"))
                        .getText())
                .contains("other-reviewer");
        screenshot("review-conflict.png");
        new org.openqa.selenium.interactions.Actions(driver)
                .keyDown(org.openqa.selenium.Keys.CONTROL)
                .sendKeys(org.openqa.selenium.Keys.ENTER)
                .keyUp(org.openqa.selenium.Keys.CONTROL)
                .perform();
        wait.until(d -> d.findElement(By.id("bead-" + bead)).getText().contains("(checked)"));

        // 10: the current bead lists its French findings; f reaches them, a false alarm is dismissed.
        driver.get(url("/articles/" + SEED));
        wait.until(d -> !d.findElements(By.cssSelector(".bead.current")).isEmpty());
        WebElement withFinding = driver.findElements(By.cssSelector("td.tgt.vi .bead")).stream()
                .filter(b -> Integer.parseInt(b.getDomAttribute("data-findings")) > 0)
                .findFirst()
                .orElseThrow();
        String findingBead = withFinding.getDomAttribute("data-bead");
        focusBead(findingBead);
        assertThat(driver.findElement(By.cssSelector("#bead-" + findingBead + " .bead-findings"))
                        .isDisplayed())
                .isTrue();
        assertThat(driver.findElements(By.cssSelector(".sentence .score")))
                .allSatisfy(score -> assertThat(score.getText()).startsWith("quality "));
        press("f");
        WebElement dismissButton = driver.switchTo().activeElement();
        assertThat(dismissButton.getDomAttribute("data-dismiss")).isNotNull();
        String finding = dismissButton.getDomAttribute("data-finding");
        screenshot("review-findings.png");
        dismissButton.sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElement(By.id("dismiss-dialog")).isDisplayed());
        driver.findElement(By.id("dismiss-reason")).sendKeys("a name, not a mistake");
        driver.findElement(By.id("dismiss-reason")).sendKeys(org.openqa.selenium.Keys.ENTER);
        wait.until(d -> d.findElements(By.cssSelector("li[data-finding='" + finding + "']"))
                .isEmpty());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dismissed_finding WHERE reason = 'a name, not a mistake'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_action WHERE action = 'DISMISS_FINDING' AND username = ?")
                        .param(USER)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);

        // 10: a search hit comes with its aligned counterparts.
        driver.get(url("/?q=mobilisation+des+masses"));
        List<WebElement> hits = driver.findElements(By.cssSelector(".hits > ol > li"));
        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).findElements(By.cssSelector(".aligned li")))
                .extracting(WebElement::getText)
                .anySatisfy(hitText -> assertThat(hitText).startsWith("VI"))
                .anySatisfy(hitText -> assertThat(hitText).startsWith("EN"));
        screenshot("review-concordance.png");
        assertThat(driver.manage().logs().get("browser").getAll())
                .as("console messages of the pages: nothing blocked by the Content-Security-Policy")
                .noneSatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));
    }

    private List<WebElement> visibleRows() {
        return driver.findElements(By.cssSelector("#review table.align tbody tr")).stream()
                .filter(WebElement::isDisplayed)
                .toList();
    }

    private void focusBead(String beadId) {
        ((JavascriptExecutor) driver)
                .executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", driver.findElement(By.id("bead-" + beadId)));
        driver.findElement(By.cssSelector("#bead-" + beadId + " .bead-head .idx"))
                .click();
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> beadId.equals(currentBead()));
    }

    private static String fold(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    private void signIn() {
        driver.manage().deleteAllCookies();
        driver.get(url("/articles/" + SEED));
        assertThat(driver.getCurrentUrl())
                .as("an anonymous visitor is sent to the login page")
                .contains("/login");
        driver.findElement(By.name("username")).sendKeys(USER);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private String currentBead() {
        List<WebElement> current = driver.findElements(By.cssSelector(".bead.current"));
        return current.isEmpty() ? "" : current.get(0).getDomAttribute("data-bead");
    }

    private String classOf(String beadId) {
        List<WebElement> found = driver.findElements(By.id("bead-" + beadId));
        return found.isEmpty() ? "" : found.get(0).getDomAttribute("class");
    }

    private List<String> beadIdsInColumn(String column) {
        return driver.findElements(By.cssSelector("td.tgt." + column + " .bead")).stream()
                .map(element -> element.getDomAttribute("data-bead"))
                .toList();
    }

    private void press(String key) {
        new org.openqa.selenium.interactions.Actions(driver).sendKeys(key).perform();
    }

    private void screenshot(String name) throws Exception {
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}

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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
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

    private WebDriver driver;
    private Path profile;

    @BeforeAll
    void startBrowser() throws Exception {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!installed && System.getenv("CI") == null) {
            Assumptions.abort("Skipped: " + CHROMIUM + " and " + CHROMEDRIVER + " are needed (apt-get install chromium"
                    + " chromium-driver); in CI this test runs and fails without them.");
        }
        assertThat(installed).as("CI is set, so %s and %s must be installed (.ci/run does it)", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        RunReport report = runs.run(Path.of("corpus"));
        assertThat(report.succeeded()).as("the job on corpus/: %s", report).isTrue();
        accounts.create(USER, PASSWORD, Role.REVIEWER);

        profile = Files.createTempDirectory("songngu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--window-size=1500,1000", "--lang=en");
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
        assertThat(driver.findElement(By.id("bead-" + first)).getDomAttribute("data-src-end")).isEqualTo(mergedEnd);

        press("?");
        wait.until(d -> d.findElement(By.id("help")).isDisplayed());
        screenshot("review-help.png");
        press("\u001b");
        ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0); document.getElementById('help').close();");
        screenshot("review-article.png");

        driver.get(url("/?q=Thai+Binh"));
        assertThat(driver.findElements(By.cssSelector(".hits mark"))).as("accent-insensitive search hits")
                .anySatisfy(mark -> assertThat(mark.getText()).isEqualTo("Thái Bình"));
        assertThat(driver.findElement(By.cssSelector("tr[data-article='" + SEED + "']")).getText()).contains("1 / ");
        screenshot("review-articles.png");
        assertThat(driver.manage().logs().get("browser").getAll())
                .as("console messages of the pages: nothing blocked by the Content-Security-Policy")
                .noneSatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));

        // The control: an injected inline script is blocked, and the console says so.
        Object ran = ((JavascriptExecutor) driver).executeScript("const s = document.createElement('script');"
                + " s.textContent = 'window.injected = true;'; document.head.appendChild(s); return window.injected === true;");
        assertThat(ran).as("an inline script ran").isEqualTo(Boolean.FALSE);
        assertThat(driver.manage().logs().get("browser").getAll())
                .anySatisfy(entry -> assertThat(entry.getMessage()).containsIgnoringCase("Content Security Policy"));
    }

    private void signIn() {
        driver.get(url("/articles/" + SEED));
        assertThat(driver.getCurrentUrl()).as("an anonymous visitor is sent to the login page").contains("/login");
        driver.findElement(By.name("username")).sendKeys(USER);
        driver.findElement(By.name("password")).sendKeys(PASSWORD);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
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

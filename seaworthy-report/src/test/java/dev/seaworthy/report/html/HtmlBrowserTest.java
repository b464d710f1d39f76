package dev.seaworthy.report.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * The HTML report in a real browser: Debian's headless Chromium driven by its chromedriver, both at
 * fixed paths (Selenium Manager is never asked to find or download anything). Skipped, with the
 * missing binary named, where they are not installed; {@code .ci/run} installs them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlBrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private ChromeDriver driver;
  private Path profile;

  @BeforeAll
  void startBrowser() throws IOException {
    requireInstalled(CHROMIUM, "chromium");
    requireInstalled(CHROMEDRIVER, "chromium-driver");
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    profile = Files.createTempDirectory("seaworthy-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000",
        "--hide-scrollbars");
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
    // an alert() that fired must stay open for the test to see it, not be dismissed by the driver
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    Files.createDirectories(SCREENSHOTS);
  }

  @AfterAll
  void stopBrowser() throws IOException {
    if (driver != null) {
      driver.quit();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  // --- the guide's example ----------------------------------------------------------------------

  @Test
  void theGuidePageLoadsWithoutConsoleErrorsAndFetchesNothing() {
    open(HtmlPages.guide());
    assertThat(severe()).as("console errors").isEmpty();
    assertThat(driver.getTitle()).startsWith("Seaworthy report: grade ");
    assertThat(js("return performance.getEntriesByType('resource').length")).as("resources fetched").isEqualTo(0L);
    assertThat(js("return document.documentElement.classList.contains('js')")).as("the script ran").isEqualTo(true);
    assertThat(driver.findElement(By.id("score")).getAttribute("data-grade")).matches("[A-F]");
    long findings = (Long) js("return JSON.parse(document.getElementById('seaworthy-json').textContent).findings.length");
    assertThat(findings).isPositive();
    assertThat(rows()).hasSize((int) findings);
    assertThat(visibleRows()).hasSize((int) findings);
    assertThat(driver.findElement(By.id("f-shown")).getText()).isEqualTo(findings + " findings");
    // the charts count what the table lists
    long charted = driver.findElements(By.cssSelector("#chart-severity g[data-count]")).stream()
        .mapToLong(g -> Long.parseLong(g.getAttribute("data-count"))).sum();
    assertThat(charted).isEqualTo(findings);
    assertThat(driver.findElements(By.cssSelector("#chart-category g[data-category]"))).isNotEmpty();
  }

  @Test
  void theChecklistSectionHasTheGuidesFifteenItems() {
    open(HtmlPages.guide());
    List<WebElement> items = driver.findElements(By.cssSelector("#checklist details.item"));
    assertThat(items).hasSize(15);
    assertThat(items.get(0).getText()).contains("Use managed node groups");
    assertThat(items).extracting(i -> i.getAttribute("data-status")).contains("fail").allMatch(s -> s.matches("pass|fail|partial|manual"));
    WebElement dr = driver.findElement(By.id("item-14"));
    assertThat(dr.getAttribute("data-status")).isEqualTo("manual");
    dr.findElement(By.tagName("summary")).click();
    assertThat(dr.getAttribute("open")).isNotNull();
    assertThat(dr.findElement(By.cssSelector(".proof")).getText()).startsWith("What would prove it:");
    screenshot("guide-checklist-item", dr);
  }

  @Test
  void theSeverityFilterShowsOnlyThatSeverity() {
    open(HtmlPages.guide());
    int all = rows().size();
    choose("f-severity", "high");
    List<WebElement> visible = visibleRows();
    assertThat(visible).isNotEmpty().hasSizeLessThan(all);
    assertThat(visible).extracting(r -> r.getAttribute("data-severity")).containsOnly("high");
    assertThat(driver.findElement(By.id("f-shown")).getText()).isEqualTo(visible.size() + " of " + all + " findings");
    choose("f-severity", "");
    assertThat(visibleRows()).hasSize(all);
  }

  @Test
  void theCategoryAndRuleFiltersCombine() {
    open(HtmlPages.guide());
    int all = rows().size();
    choose("f-category", "security");
    List<WebElement> security = visibleRows();
    assertThat(security).isNotEmpty().hasSizeLessThan(all).extracting(r -> r.getAttribute("data-category")).containsOnly("security");
    choose("f-rule", "api-removed");
    assertThat(visibleRows()).as("api-removed is not a security rule").isEmpty();
    assertThat(driver.findElement(By.id("f-nomatch")).isDisplayed()).isTrue();
    choose("f-category", "");
    assertThat(visibleRows()).isNotEmpty().extracting(r -> r.getAttribute("data-rule")).containsOnly("api-removed");
    driver.findElement(By.id("f-reset")).click();
    assertThat(visibleRows()).hasSize(all);
    assertThat(driver.findElement(By.id("f-nomatch")).isDisplayed()).isFalse();
  }

  @Test
  void theTextFilterMatchesNamesFilesAndMessages() {
    open(HtmlPages.guide());
    int all = rows().size();
    WebElement text = driver.findElement(By.id("f-text"));
    text.sendKeys("fluent-bit");
    List<WebElement> fluent = visibleRows();
    assertThat(fluent).isNotEmpty().hasSizeLessThan(all);
    assertThat(fluent).allMatch(r -> r.getText().toLowerCase().contains("fluent-bit") || r.getAttribute("textContent").toLowerCase().contains("fluent-bit"));
    text.sendKeys("-no-such-thing-anywhere");
    assertThat(visibleRows()).isEmpty();
    assertThat(driver.findElement(By.id("f-shown")).getText()).isEqualTo("0 of " + all + " findings");
    text.clear();
    text.sendKeys("PodSecurityPolicy");
    assertThat(visibleRows()).isNotEmpty().hasSizeLessThan(all);
  }

  @Test
  void clickingAHeaderSortsTheTable() {
    open(HtmlPages.guide());
    WebElement severity = driver.findElement(By.cssSelector("th[data-key=severity]"));
    severity.findElement(By.tagName("button")).click();
    assertThat(severity.getAttribute("aria-sort")).isEqualTo("descending");
    List<Integer> ranks = visibleRows().stream().map(r -> Integer.parseInt(r.getAttribute("data-rank"))).toList();
    assertThat(ranks).isSortedAccordingTo(Comparator.reverseOrder());
    assertThat(ranks.get(0)).isGreaterThan(ranks.get(ranks.size() - 1));
    severity.findElement(By.tagName("button")).click();
    assertThat(severity.getAttribute("aria-sort")).isEqualTo("ascending");
    assertThat(visibleRows().stream().map(r -> Integer.parseInt(r.getAttribute("data-rank"))).toList()).isSorted();

    WebElement rule = driver.findElement(By.cssSelector("th[data-key=rule]"));
    rule.findElement(By.tagName("button")).click();
    assertThat(severity.getAttribute("aria-sort")).isNull();
    List<String> rules = visibleRows().stream().map(r -> r.getAttribute("data-rule")).toList();
    assertThat(rules).isSorted();

    WebElement location = driver.findElement(By.cssSelector("th[data-key=location]"));
    location.findElement(By.tagName("button")).click();
    location.findElement(By.tagName("button")).click();
    List<WebElement> byLocation = visibleRows();
    String lastFile = byLocation.get(0).getAttribute("data-file");
    String firstFile = byLocation.get(byLocation.size() - 1).getAttribute("data-file");
    assertThat(lastFile.compareTo(firstFile)).as("descending by file").isGreaterThan(0);
  }

  @Test
  void aFindingOpensToItsSnippetRemediationAndFix() {
    open(HtmlPages.guide());
    choose("f-rule", "capabilities-not-dropped");
    WebElement finding = visibleRows().get(0);
    WebElement detail = finding.findElement(By.cssSelector("tr.detail"));
    assertThat(detail.isDisplayed()).isFalse();
    finding.findElement(By.cssSelector("tr.row td.message")).click();
    assertThat(detail.isDisplayed()).isTrue();
    assertThat(finding.findElement(By.cssSelector("button.toggle")).getAttribute("aria-expanded")).isEqualTo("true");
    WebElement hit = detail.findElement(By.cssSelector("pre.snippet .l.hit"));
    assertThat(hit.getText()).matches("\\d+\\s+.*\\S.*");
    assertThat(detail.getText()).contains("HOW TO FIX").contains("FIX").contains("\"op\": \"add\"").contains("capabilities");
    screenshot("guide-finding-open", finding);
    driver.findElement(By.id("f-expand")).click();
    assertThat(visibleRows()).allMatch(r -> r.findElement(By.cssSelector("tr.detail")).isDisplayed());
  }

  @Test
  void screenshotsOfTheGuidePage() throws IOException {
    open(HtmlPages.guide());
    viewport("guide-top");
    driver.executeScript("document.getElementById('findings').scrollIntoView()");
    viewport("guide-findings");
    driver.executeScript("document.getElementById('checklist').scrollIntoView()");
    viewport("guide-checklist");
    driver.executeScript("window.scrollTo(0, document.body.scrollHeight)");
    viewport("guide-bottom");
    Path full = fullPage("guide-full");
    assertThat(Files.size(full)).isPositive();
    assertThat(severe()).isEmpty();
  }

  // --- the hostile manifest ---------------------------------------------------------------------

  @Test
  void aHostileManifestExecutesNothingAndShowsItsStringsAsText() throws IOException {
    open(HtmlPages.hostile());
    assertThatThrownBy(() -> driver.switchTo().alert()).as("no alert() dialog is open").isInstanceOf(NoAlertPresentException.class);
    assertThat(js("return window.__pwned === undefined")).as("no injected handler or script ran").isEqualTo(true);
    assertThat(severe()).as("console errors (a CSP violation would be one)").isEmpty();
    assertThat(driver.findElements(By.tagName("img"))).as("injected images").isEmpty();
    assertThat(driver.findElements(By.cssSelector("[onerror], [onload], iframe, object, embed"))).as("injected handlers").isEmpty();
    assertThat(driver.findElements(By.tagName("script"))).as("only the page's script and its JSON data").hasSize(2);
    assertThat(driver.findElements(By.cssSelector("a[href]"))).allSatisfy(a ->
        assertThat(a.getAttribute("href")).matches("(file:.*#.*|https://github\\.com/seaworthy-dev/seaworthy.*)"));

    String visible = driver.findElement(By.tagName("body")).getText();
    assertThat(visible).contains(HtmlPages.SCRIPT).contains(HtmlPages.CLOSE_SCRIPT).contains(HtmlPages.JS_URL).contains(HtmlPages.COMMENT);
    String all = (String) js("return document.body.textContent");
    for (String payload : HtmlPages.PAYLOADS) {
      assertThat(all).as("literal text in the DOM").contains(payload);
    }
    assertThat(all).contains(HtmlPages.HOSTILE_FILE);
    @SuppressWarnings("unchecked")
    List<String> names = (List<String>) js("return JSON.parse(document.getElementById('seaworthy-json').textContent).findings.map(f => f.resource.name)");
    assertThat(names).contains(HtmlPages.SCRIPT, HtmlPages.SVG, HtmlPages.COMMENT);

    // filtering and opening hostile rows runs the page's script on them: still nothing executes
    driver.findElement(By.id("f-text")).sendKeys("<script>");
    assertThat(visibleRows()).isNotEmpty();
    driver.findElement(By.id("f-expand")).click();
    assertThatThrownBy(() -> driver.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    assertThat(js("return window.__pwned === undefined")).isEqualTo(true);
    assertThat(driver.findElements(By.tagName("img"))).isEmpty();
    viewport("hostile");
    fullPage("hostile-full");
  }

  // --- helpers ----------------------------------------------------------------------------------

  private void open(Path page) {
    driver.get(page.toUri().toString());
    severe(); // nothing yet; also clears the log of a previous page
  }

  private List<LogEntry> severe() {
    List<LogEntry> out = new ArrayList<>();
    for (LogEntry e : driver.manage().logs().get(LogType.BROWSER)) {
      if (e.getLevel().intValue() >= Level.SEVERE.intValue()) {
        out.add(e);
      }
    }
    return out;
  }

  private Object js(String script) {
    return ((JavascriptExecutor) driver).executeScript(script);
  }

  private List<WebElement> rows() {
    return driver.findElements(By.cssSelector("#findings-table tbody.finding"));
  }

  private List<WebElement> visibleRows() {
    return rows().stream().filter(WebElement::isDisplayed).toList();
  }

  /** Picks an option of a select the way a user does: click the select, then the option. */
  private void choose(String selectId, String value) {
    WebElement select = driver.findElement(By.id(selectId));
    select.click();
    select.findElement(By.cssSelector("option[value='" + value + "']")).click();
  }

  private void viewport(String name) {
    try {
      Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Skips with the missing package named on a developer machine; in CI ({@code CI=true}, where
   * {@code .ci/run} installs both packages) a missing browser fails instead, so the browser tests
   * can never pass by not running.
   */
  private static void requireInstalled(Path binary, String debianPackage) {
    String reason = binary + " is not installed (apt-get install " + debianPackage + ")";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      assertThat(Files.isExecutable(binary)).as("CI=true but " + reason).isTrue();
    }
    assumeTrue(Files.isExecutable(binary), "browser tests skipped: " + reason);
  }

  private void screenshot(String name, WebElement element) {
    driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
    viewport(name);
  }

  /** The whole page, beyond the window, through the DevTools protocol. */
  @SuppressWarnings("unchecked")
  private Path fullPage(String name) throws IOException {
    Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
    Map<String, Object> size = (Map<String, Object>) metrics.get("cssContentSize");
    double width = ((Number) size.get("width")).doubleValue();
    double height = Math.min(((Number) size.get("height")).doubleValue(), 16_000);
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Path file = SCREENSHOTS.resolve(name + ".png");
    Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    return file;
  }
}

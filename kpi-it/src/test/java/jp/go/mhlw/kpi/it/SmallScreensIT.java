package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.SupplyCasePage;
import jp.go.mhlw.kpi.it.pages.SupplyReportPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.HasCdp;

/**
 * The public pages and a manufacturer's pages on a phone held upright (375 × 800) and on a desktop (1400 × 900): the
 * page never scrolls sideways (a wide table scrolls inside its own box). Each page is loaded at that size and checked
 * once it has loaded; a screenshot of each is kept in target/screenshots (page and width in its name). One browser
 * per user, not per page.
 */
@ExtendWith(ArquillianExtension.class)
class SmallScreensIT {

    /** width, height */
    private static final List<int[]> SIZES = List.of(new int[] {375, 800}, new int[] {1400, 900});

    private final List<WebDriver> browsers = new ArrayList<>();
    private final String run = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @AfterEach
    void stopBrowsers() {
        browsers.forEach(WebDriver::quit);
    }

    @Test
    void thePublicPagesFitANarrowScreen() {
        WebDriver visitor = browser();
        // a published report when there is one (WholeCycleIT publishes them; run alone, there may be none yet)
        visitor.get(TestServers.BASE_URL + "/public/reports.xhtml");
        Browser.awaitPage(visitor);
        List<String> pages = new ArrayList<>(List.of("/index.xhtml", "/public/reports.xhtml", "/public/supply.xhtml",
                "/public/account-request.xhtml"));
        visitor.findElements(By.cssSelector("#reports a")).stream().findFirst()
                .map(link -> link.getAttribute("href").substring(TestServers.BASE_URL.length()))
                .ifPresentOrElse(report -> pages.add(2, report),
                        () -> System.err.println("SmallScreensIT: no published report, /public/report.xhtml not checked"));

        assertFits(visitor, "visitor", pages);
    }

    @Test
    void aManufacturersPagesFitANarrowScreen() {
        WebDriver maker = browser();
        maker.get(TestServers.BASE_URL + "/manufacturer/index.xhtml");
        new KeycloakLoginPage(maker).logIn("maker-a", TestServers.DEMO_PASSWORD);
        new HomePage(maker);
        // a case of the maker's own to open, with a long product name that must wrap rather than widen the page
        maker.get(TestServers.BASE_URL + "/manufacturer/supply-report.xhtml");
        new SupplyReportPage(maker).type("productName", "狭い画面の確認用カテーテル（長い販売名の例）" + run)
                .choose("disruptionKind", "SHORTAGE").type("contact", "山田 太郎").type("contactPhone", "03-0000-0000")
                .file();
        String caseNumber = new SupplyCasePage(maker).title().replaceAll(".*(SC-\\d{4}-\\d+).*", "$1");

        assertFits(maker, "maker-a", List.of("/index.xhtml", "/manufacturer/index.xhtml",
                "/manufacturer/supply-report.xhtml", "/supply/index.xhtml", "/supply/case.xhtml?case=" + caseNumber));
    }

    /** Every page at every size: the page is no wider than the window. All the pages that overflow, at once. */
    private static void assertFits(WebDriver driver, String who, List<String> pages) {
        List<String> overflowing = new ArrayList<>();
        for (int[] size : SIZES) {
            resize(driver, size[0], size[1]);
            for (String page : pages) {
                driver.get(TestServers.BASE_URL + page);
                Browser.awaitPage(driver);
                assertThat(driver.findElements(By.id("errorTitle"))).as(page + " refused " + who).isEmpty();
                @SuppressWarnings("unchecked")
                Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) driver).executeScript("""
                        var width = window.innerWidth;
                        var wide = [];
                        document.querySelectorAll('body *').forEach(function (element) {
                          var box = element.getBoundingClientRect();
                          if (box.right > width + 1 && wide.length < 5 && element.offsetParent !== null
                              && !element.closest('.kpi-table-scroll')) {
                            wide.push(element.tagName.toLowerCase() + (element.id ? '#' + element.id : '')
                              + (element.className && element.className.baseVal === undefined
                                 ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                              + ' (' + Math.round(box.right) + ')');
                          }
                        });
                        return {scrollWidth: document.documentElement.scrollWidth, innerWidth: width,
                                url: location.pathname, wide: wide.join(', ')};""");
                long scrollWidth = ((Number) measured.get("scrollWidth")).longValue();
                long innerWidth = ((Number) measured.get("innerWidth")).longValue();
                assertThat(innerWidth).as("the window's width for " + page).isBetween(size[0] - 20L, (long) size[0]);
                Browser.screenshot(driver, "small-screens-" + who + "-" + name(page) + "-" + size[0]);
                if (scrollWidth > innerWidth) {
                    overflowing.add(page + " at " + size[0] + " px: the page is " + scrollWidth + " px wide ("
                            + measured.get("url") + "; wider elements: " + measured.get("wide") + ")");
                }
            }
        }
        assertThat(overflowing).as("pages that scroll sideways for " + who).isEmpty();
    }

    /**
     * Sets the window's size; where the browser keeps a minimum window width above a phone's, the viewport is
     * emulated at that size instead.
     */
    private static void resize(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
        long inner = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;")).longValue();
        if (inner > width && driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Emulation.setDeviceMetricsOverride",
                    Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
        } else if (driver instanceof HasCdp cdp) {
            cdp.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        }
    }


    /** A file name for the page: "supply-case" for /supply/case.xhtml?case=... */
    private static String name(String page) {
        return page.replaceFirst("[;?].*", "").replaceFirst("\\.xhtml$", "").replaceFirst("^/", "").replace('/', '-');
    }

    private WebDriver browser() {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        return driver;
    }
}

package jp.go.mhlw.kpi.it.pages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedCondition;

/** Headless Chromium from the Debian packages (chromium, chromium-driver), one clean profile per browser. */
public final class Browser {

    private Browser() {
    }

    public static WebDriver start() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("kpi.chromium", "/usr/bin/chromium"));
        // the machine's network is closed: no background services, no sandbox as root in CI
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1280,900", "--lang=ja");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("kpi.chromedriver", "/usr/bin/chromedriver")))
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /** Keeps a screenshot of the page for the build's reports (target/screenshots). */
    public static void screenshot(WebDriver driver, String name) {
        try {
            Path directory = Path.of(System.getProperty("kpi.screenshots", "target/screenshots"));
            Files.createDirectories(directory);
            Files.write(directory.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("screenshot " + name + " not saved: " + e);
        }
    }

    /**
     * The text of the page's body, or "" while the page is being replaced (a wait asks again): reading a page that a
     * redirect is replacing fails as a stale or detached node.
     */
    public static String bodyText(WebDriver driver) {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (WebDriverException e) {
            if (replaced(e)) {
                return "";
            }
            throw e;
        }
    }

    /**
     * True when a failure only says that the page or the node was being replaced (a new page, an AJAX update): a
     * stale or missing node, or what Chromium reports for some nodes of a page that has just gone, an "unknown error"
     * that the node "does not belong to the document". A wait then simply asks again.
     */
    public static boolean replaced(WebDriverException e) {
        return e instanceof StaleElementReferenceException || e instanceof NoSuchElementException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    /** True once the element has left the page (a new page, or an AJAX update replacing it). */
    public static ExpectedCondition<Boolean> gone(WebElement element) {
        return driver -> {
            try {
                element.isEnabled();
                return false;
            } catch (WebDriverException e) {
                if (replaced(e)) {
                    return true;
                }
                throw e;
            }
        };
    }

    /** Until the page has loaded and no PrimeFaces AJAX request is pending or running: the one way the tests wait. */
    public static void awaitAjax(WebDriver driver) {
        PrimeFacesWidgets.awaitAjax(driver);
    }

    /**
     * Until a page of the application has loaded with its layout (the footer is there) and PrimeFaces has nothing
     * pending: after a navigation, a login's redirect back, or a full post.
     */
    public static void awaitPage(WebDriver driver) {
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(d -> d.getCurrentUrl().startsWith(jp.go.mhlw.kpi.it.TestServers.BASE_URL)
                        && !d.findElements(By.tagName("footer")).isEmpty());
        awaitAjax(driver);
    }
}

package jp.go.mhlw.kpi.it.pages;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A role's home page: who is logged in, their organisation and role, what waits for them, and the counts they follow. */
public class HomePage {

    private final WebDriver driver;

    public HomePage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("whoAmI")));
    }

    public String title() {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    public String callerName() {
        return driver.findElement(By.cssSelector("[id$='callerName']")).getText();
    }

    public String organisation() {
        return driver.findElement(By.cssSelector("[id$='callerOrganisation']")).getText();
    }

    public String role() {
        return driver.findElement(By.cssSelector("[id$='callerRole']")).getText();
    }

    /** The number a count shows, by the id of its link (e.g. "waitingAll", "reviewsWaiting", "cycleOverdue"). */
    public int count(String linkId) {
        return Integer.parseInt(driver.findElement(By.cssSelector("a[id$='" + linkId + "'] .kpi-count")).getText().trim());
    }

    /** Follows a count's link to the list behind it. */
    public void follow(String linkId) {
        WebElement link = driver.findElement(By.cssSelector("a[id$='" + linkId + "']"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(link));
    }

    /** How many bodies of this kind (e.g. HUB_REPORT) the secretariat's open cycle asked. */
    public int requestedOfKind(String kind) {
        return Integer.parseInt(kindRow(kind).findElement(By.xpath("./td[2]")).getText().trim());
    }

    /** The completion share of this kind of body, as shown ("50.0%"). */
    public String completionOfKind(String kind) {
        return kindRow(kind).findElement(By.cssSelector(".kpi-kind-completion")).getText();
    }

    /** Follows the kind's link to the cycle's bodies of that kind. */
    public void followKind(String kind) {
        WebElement link = driver.findElement(By.cssSelector("a.kpi-kind-link[data-kind='" + kind + "']"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(link));
    }

    private WebElement kindRow(String kind) {
        return driver.findElement(By.xpath("//a[contains(@class, 'kpi-kind-link') and @data-kind='" + kind + "']/ancestor::tr[1]"));
    }

    /** The reporter's open requests as the home lists them, by request id. */
    public List<String> openRequestIds() {
        return driver.findElements(By.cssSelector("a.kpi-open-request")).stream()
                .map(link -> link.getAttribute("data-request")).toList();
    }

    /** The state of one open request as the reporter's home shows it. */
    public String openRequestState(long requestId) {
        return openRequestRow(requestId).findElement(By.cssSelector(".kpi-open-request-state")).getText();
    }

    /** The request's due date with the days left or past, as shown. */
    public String openRequestDue(long requestId) {
        return openRequestRow(requestId).findElement(By.cssSelector(".kpi-open-request-due")).getText();
    }

    /** Follows an open request's link to its report form. */
    public void followOpenRequest(long requestId) {
        WebElement link = driver.findElement(By.cssSelector("a.kpi-open-request[data-request='" + requestId + "']"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(link));
    }

    private WebElement openRequestRow(long requestId) {
        return driver.findElement(By.xpath("//a[contains(@class, 'kpi-open-request') and @data-request='" + requestId
                + "']/ancestor::tr[1]"));
    }

    /** The supply cases per state on the home, by state name (e.g. REPORTED). */
    public Map<String, Integer> supplyStates() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        driver.findElements(By.cssSelector("a.kpi-supply-state")).forEach(link -> counts.put(link.getAttribute("data-state"),
                Integer.parseInt(link.findElement(By.cssSelector(".kpi-count")).getText().trim())));
        return counts;
    }

    /** Follows the count of one supply state to the case list filtered by it. */
    public void followSupplyState(String state) {
        WebElement link = driver.findElement(By.cssSelector("a.kpi-supply-state[data-state='" + state + "']"));
        link.click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(link));
    }

    public void switchToEnglish() {
        driver.findElement(By.cssSelector("[id$='english']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='japanese']")));
    }

    public void logOut() {
        driver.findElement(By.id("logout")).click();
    }
}

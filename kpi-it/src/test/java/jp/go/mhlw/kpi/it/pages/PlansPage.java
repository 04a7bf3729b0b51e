package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/plans.xhtml: the stored Basic Plans, a plan file's check and preview, and its import. */
public class PlansPage {

    private static final By FILE_NAME = By.id("plansForm:fileName");

    private final WebDriver driver;

    public PlansPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("plansForm:plans")));
        awaitAjax(driver);
    }

    /** The codes of the stored plans, as the list shows them. */
    public List<String> planCodes() {
        return driver.findElements(By.cssSelector("[id^='plansForm:plans:'][id$=':code']")).stream()
                .map(WebElement::getText).toList();
    }

    /**
     * Chooses the file (it is checked at once) and waits for its result; the result of an earlier file goes away
     * first, so the wait cannot see the old one.
     */
    public PlansPage upload(Path file) {
        List<WebElement> previous = driver.findElements(FILE_NAME);
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        previous.forEach(result -> waiting(driver).until(Browser.gone(result)));
        waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(FILE_NAME,
                file.getFileName().toString()));
        awaitAjax(driver);
        return this;
    }

    /** Each problem of the file as "path: message". */
    public List<String> problems() {
        return lines("plansForm:problems");
    }

    /** Each warning of the file as "path: message". */
    public List<String> warnings() {
        return lines("plansForm:warnings");
    }

    public boolean hasPreview() {
        return !driver.findElements(By.id("plansForm:preview")).isEmpty();
    }

    public String previewedCode() {
        return driver.findElement(By.id("plansForm:planCode")).getText();
    }

    /** The preview's KPI table as text, row by row (code, name, computation, warning). */
    public String previewedKpi(String code) {
        return driver.findElement(By.xpath("//tbody[@id='plansForm:kpis_data']/tr[.//span[contains(@id,':kpiCode')"
                + " and normalize-space(.)='" + code + "']]")).getText();
    }

    /** What the preview says of the plan: new, or the stored version the file replaces. */
    public String previewNotice() {
        return driver.findElement(By.id("newPlan")).getText();
    }

    /** Why the previewed file cannot be imported, a reason a line. */
    public List<String> refusals() {
        return driver.findElements(By.cssSelector("#refusals li")).stream().map(WebElement::getText).toList();
    }

    public boolean canImport() {
        return !driver.findElements(By.id("plansForm:import")).isEmpty();
    }

    /** The text of the confirmation the import asks, read while it is open; then answers it with yes. */
    public String importConfirming() {
        PrimeFacesWidgets.click(driver, "plansForm:import");
        WebElement yes = waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id("plansForm:confirmYes")));
        String question = driver.findElement(By.cssSelector("[id='plansForm:confirm'] .ui-confirm-dialog-message")).getText();
        yes.click();
        awaitAjax(driver);
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("plansForm:plans")));
        awaitAjax(driver);
        return question;
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "plansForm:messages");
    }

    private List<String> lines(String tableId) {
        return driver.findElements(By.cssSelector("[id='" + tableId + "_data'] > tr")).stream()
                .map(row -> row.findElements(By.tagName("td")))
                .filter(cells -> cells.size() >= 2)
                .map(cells -> cells.get(0).getText() + ": " + cells.get(1).getText())
                .toList();
    }
}

package jp.go.mhlw.kpi.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The officer's review of a submission (/review/submission.xhtml): one version compared with the previous one and last year. */
public class ReviewPage {

    private final WebDriver driver;

    public ReviewPage(WebDriver driver) {
        this.driver = driver;
        PrimeFacesWidgets.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("review:state")));
    }

    public String content() {
        return driver.findElement(By.id("review:content")).getText();
    }

    public String comparison() {
        return driver.findElement(By.id("review:figures")).getText();
    }

    public String version() {
        return driver.findElement(By.id("review:version")).getText();
    }

    public ReviewPage returnWithComment(String comment) {
        PrimeFacesWidgets.type(driver, "review:comment", comment);
        PrimeFacesWidgets.clickAndConfirm(driver, driver.findElement(By.id("review:return")), "review:confirmYes");
        return this;
    }

    public ReviewPage approve() {
        PrimeFacesWidgets.clickAndConfirm(driver, driver.findElement(By.id("review:approve")), "review:confirmYes");
        return this;
    }

    /** The steps boxed as current over the request's process diagram (their element ids in the model). */
    public List<String> currentDiagramSteps() {
        return driver.findElements(By.cssSelector("rect.kpi-diagram-current")).stream()
                .map(box -> box.getAttribute("data-step")).toList();
    }

    /** The current step in words, as the page says it above the diagram. */
    public String currentStep() {
        return driver.findElement(By.id("currentStep")).getText();
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "review:messages");
    }

    /** The shown version's own state (審査待ち, 承認済み, 差戻し済み). */
    public String state() {
        return driver.findElement(By.id("review:state")).getText();
    }

    /** Where the request stands, whichever version is shown. */
    public String requestState() {
        return driver.findElement(By.id("review:requestState")).getText();
    }

    /** The field-by-field comparison's line for the item with this label, as text. */
    public String diffRow(String item) {
        return diffLine(item).getText();
    }

    /** The marker saying how the item changed since the previous version (the first change column). */
    public String changeSincePreviousVersion(String item) {
        return diffLine(item).findElement(By.cssSelector(".kpi-change")).getText().strip();
    }

    /** "変わった項目: n件". */
    public String changedCount() {
        return driver.findElement(By.id("review:changedCount")).getText();
    }

    private org.openqa.selenium.WebElement diffLine(String item) {
        return driver.findElement(By.xpath("//*[@id='review:diff_data']/tr[td[1][normalize-space()='" + item + "']]"));
    }

    public String versions() {
        return driver.findElement(By.id("review:versions")).getText();
    }
}

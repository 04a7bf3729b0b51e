package jp.go.mhlw.kpi.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The reporter's form of a report request (/report/form.xhtml), as far as the hub report goes, with its workbook
 * download and upload, and the upload of a theme list or survey file.
 */
public class ReportFormPage {

    private final WebDriver driver;

    public ReportFormPage(WebDriver driver) {
        this.driver = driver;
        PrimeFacesWidgets.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("form:state")));
    }

    /** Joint research at the stage in the template's order (0 basic .. 3 clinical). */
    public ReportFormPage jointResearch(int stage, String cases, String averageAmount) {
        PrimeFacesWidgets.type(driver, "form:stages:" + stage + ":cases_input", cases);
        if (averageAmount != null) {
            PrimeFacesWidgets.type(driver, "form:stages:" + stage + ":average_input", averageAmount);
        }
        return this;
    }

    public ReportFormPage cooperation(String count) {
        PrimeFacesWidgets.type(driver, "form:cooperation_input", count);
        return this;
    }

    public ReportFormPage international(String count) {
        PrimeFacesWidgets.type(driver, "form:international_input", count);
        return this;
    }

    public ReportFormPage platform(String value) {
        PrimeFacesWidgets.tick(driver, "form:platforms", value);
        return this;
    }

    /** Adds a course and fills in its name, one category and its participants. */
    public ReportFormPage course(int index, String name, String category, String participants) {
        PrimeFacesWidgets.click(driver, "form:addCourse");
        PrimeFacesWidgets.awaitAjax(driver);
        PrimeFacesWidgets.type(driver, "form:course:" + index + ":name", name);
        PrimeFacesWidgets.tick(driver, "form:course:" + index + ":categories", category);
        PrimeFacesWidgets.type(driver, "form:course:" + index + ":participants_input", participants);
        return this;
    }

    /** Uploads a theme list or survey file into the draft and waits for the form's answer (taken or refused). */
    public ReportFormPage upload(java.nio.file.Path file) {
        org.openqa.selenium.WebElement messages = driver.findElement(By.id("form:messages"));
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
        PrimeFacesWidgets.waiting(driver).until(Browser.gone(messages));
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    /** Downloads the report as a workbook filled with the draft (or last year's approved report) into the directory. */
    public java.nio.file.Path downloadWorkbook(java.nio.file.Path downloads) {
        return Downloads.click(driver, "form:downloadWorkbook", downloads, "xlsx");
    }

    /** Uploads a hub report workbook and waits for its check: the question whether it replaces the draft, or problems. */
    public ReportFormPage uploadWorkbook(java.nio.file.Path file) {
        return upload(file);
    }

    /** The workbook's problems as the table lists them (sheet, row, column, message), or empty. */
    public String workbookProblems() {
        return driver.findElements(By.id("form:workbookProblems")).stream().map(table -> table.getText()).findFirst()
                .orElse("");
    }

    /** The question shown before a checked workbook replaces the draft, or empty. */
    public String workbookQuestion() {
        return driver.findElements(By.id("form:workbookQuestion")).stream().map(question -> question.getText())
                .findFirst().orElse("");
    }

    /** Answers yes: the workbook replaces the draft, and the form shows it. */
    public ReportFormPage replaceDraftByWorkbook() {
        org.openqa.selenium.WebElement messages = driver.findElement(By.id("form:messages"));
        PrimeFacesWidgets.click(driver, "form:replaceDraft");
        PrimeFacesWidgets.waiting(driver).until(Browser.gone(messages));
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    /** The joint-research cases the form shows at the stage (0 basic .. 3 clinical). */
    public String cases(int stage) {
        return driver.findElement(By.id("form:stages:" + stage + ":cases_input")).getAttribute("value");
    }

    public ReportFormPage saveDraft() {
        PrimeFacesWidgets.click(driver, "form:saveDraft");
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    public ReportFormPage submit() {
        PrimeFacesWidgets.clickAndConfirm(driver, driver.findElement(By.id("form:submit")), "form:confirmYes");
        return this;
    }

    /**
     * Submits; where the figures move unusually far from last year's, the form asks why: each warning gets this
     * reason and the report is submitted again.
     */
    public ReportFormPage submitJustifying(String reason) {
        submit();
        java.util.List<org.openqa.selenium.WebElement> reasons = driver.findElements(
                By.cssSelector("textarea[id$=':justification']"));
        if (isEditable() && !reasons.isEmpty()) {
            reasons.forEach(area -> {
                area.clear();
                area.sendKeys(reason);
            });
            submit();
        }
        return this;
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "form:messages");
    }

    public String state() {
        return driver.findElement(By.id("form:state")).getText();
    }

    /** The error shown below a field, by the field's place in the page. */
    public String fieldErrors() {
        return driver.findElements(By.cssSelector(".kpi-field-error")).stream().map(element -> element.getText())
                .filter(text -> !text.isBlank()).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    public String returnComment() {
        return driver.findElement(By.id("form:returnComment")).getText();
    }

    public boolean isEditable() {
        return !driver.findElements(By.id("form:submit")).isEmpty();
    }

    public String versions() {
        return driver.findElement(By.id("form:versions")).getText();
    }
}

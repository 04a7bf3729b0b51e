package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.click;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** Form 10-2 / 10-3 (/manufacturer/supply-report.xhtml): fields by their report field names, as violations name them. */
public class SupplyReportPage {

    private final WebDriver driver;

    public SupplyReportPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("reportForm")));
    }

    public String title() {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    /** True when the field's label carries the required mark for the chosen kind. */
    public boolean isMarkedRequired(String field) {
        // by the label's class: its "for" names the element PrimeFaces renders (a date picker's text field, say)
        return !driver.findElements(By.cssSelector("label.supply-field-" + field + " .supply-required")).isEmpty();
    }

    public SupplyReportPage type(String field, String text) {
        PrimeFacesWidgets.type(driver, "reportForm:" + field, text);
        return this;
    }

    /** Types a date into a date picker's text field (no picking), in any form people write it. */
    public SupplyReportPage date(String field, String typed) {
        PrimeFacesWidgets.typeDate(driver, "reportForm:" + field, typed);
        return this;
    }

    /** The date picker's text (a date the server read comes back as yyyy-MM-dd). */
    public String dateShown(String field) {
        return PrimeFacesWidgets.dateShown(driver, "reportForm:" + field);
    }

    public boolean isDateRefused(String field) {
        return PrimeFacesWidgets.isDateRefused(driver, "reportForm:" + field);
    }

    /** A p:selectOneMenu by the option's value (an enum name). */
    public SupplyReportPage choose(String field, String value) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                "reportForm:" + field, value);
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    public String value(String field) {
        return driver.findElement(By.id("reportForm:" + field)).getAttribute("value");
    }

    public boolean isInvalid(String field) {
        return driver.findElement(By.id("reportForm:" + field)).getAttribute("class").contains("ui-state-error");
    }

    /** Files the report: the case page when it is accepted, else this page with the problems. */
    public void file() {
        // either answer replaces the messages (the case page, or this page with the problems): wait for that
        org.openqa.selenium.WebElement before = driver.findElement(By.id("messages"));
        click(driver, "reportForm:file");
        waiting(driver).until(Browser.gone(before));
        PrimeFacesWidgets.awaitAjax(driver);
    }

    /**
     * Files the report with a double click, as a hurried hand does, and tells how many posts the browser sent: a
     * listener on the window, which a submit reaches last, counts those nobody prevented (in the tab's session
     * storage, which outlives the page).
     */
    public int fileWithDoubleClick() {
        org.openqa.selenium.WebElement before = driver.findElement(By.id("messages"));
        org.openqa.selenium.WebElement button = driver.findElement(By.id("reportForm:file"));
        ((JavascriptExecutor) driver).executeScript("""
                sessionStorage.setItem('kpiPosts', '0');
                window.addEventListener('submit', function (event) {
                  if (!event.defaultPrevented) {
                    sessionStorage.setItem('kpiPosts', String(Number(sessionStorage.getItem('kpiPosts')) + 1));
                  }
                });
                arguments[0].scrollIntoView({block: 'center'});""", button);
        waiting(driver).until(ExpectedConditions.elementToBeClickable(button));
        new org.openqa.selenium.interactions.Actions(driver).doubleClick(button).perform();
        waiting(driver).until(Browser.gone(before));
        PrimeFacesWidgets.awaitAjax(driver);
        Object posts = ((JavascriptExecutor) driver).executeScript("return sessionStorage.getItem('kpiPosts');");
        return Integer.parseInt(String.valueOf(posts));
    }

    public void saveDraft() {
        org.openqa.selenium.WebElement before = driver.findElement(By.id("messages"));
        click(driver, "reportForm:saveDraft");
        waiting(driver).until(Browser.gone(before));
        PrimeFacesWidgets.awaitAjax(driver);
    }

    /** Chooses a file: it is uploaded at once and attached to the report being prepared. */
    public SupplyReportPage attach(java.nio.file.Path file) {
        driver.findElement(By.cssSelector("input[type='file'][id^='attachForm:upload']")).sendKeys(file.toAbsolutePath().toString());
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    public java.util.List<String> attachments() {
        return driver.findElements(By.cssSelector("[id='attachForm:attachments'] .attachment-name")).stream()
                .map(org.openqa.selenium.WebElement::getText).toList();
    }

    /** The progress summary's list: the required fields still empty, by their field names, in form order. */
    public java.util.List<String> missingRequired() {
        return driver.findElements(By.cssSelector("#reportProgress a.kpi-missing-field")).stream()
                .map(link -> link.getAttribute("data-field")).toList();
    }

    /** The summary's count, e.g. "必須項目 3 件のうち 1 件を入力済み". */
    public String progress() {
        return driver.findElement(By.id("reportForm:progressCount")).getText();
    }

    /** Leaves the field being typed in (the keyboard's Tab), and waits until the summary has been updated for it. */
    public SupplyReportPage leaveField() {
        org.openqa.selenium.WebElement summary = driver.findElement(By.id("reportForm:requiredSummary"));
        driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.TAB);
        waiting(driver).until(Browser.gone(summary));
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    /** Follows the summary's link to a missing field: the id of the element that has the focus afterwards. */
    public String followMissing(String field) {
        driver.findElement(By.cssSelector("#reportProgress a.kpi-missing-field[data-field='" + field + "']")).click();
        return driver.switchTo().activeElement().getAttribute("id");
    }

    /** The ids of the elements that describe the field's input (aria-describedby), and their text. */
    public String description(String inputId) {
        String ids = driver.findElement(By.id(inputId)).getAttribute("aria-describedby");
        if (ids == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (String id : ids.trim().split("\\s+")) {
            driver.findElements(By.id(id)).forEach(element -> text.append(element.getText()).append(' '));
        }
        return text.toString().trim();
    }

    /**
     * True when leaving the page now would ask first: the page's beforeunload handler cancels the event. (WebDriver
     * accepts real beforeunload prompts by itself, so the handler's answer is what can be checked.)
     */
    public boolean wouldWarnBeforeLeaving() {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "var e = new Event('beforeunload', {cancelable: true}); window.dispatchEvent(e); return e.defaultPrevented;"));
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}

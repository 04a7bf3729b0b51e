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
        return !driver.findElements(By.cssSelector("label[for='reportForm:" + field + "'] .supply-required")).isEmpty();
    }

    public SupplyReportPage type(String field, String text) {
        PrimeFacesWidgets.type(driver, "reportForm:" + field, text);
        return this;
    }

    /** A date picker's text input. */
    public SupplyReportPage date(String field, String isoDate) {
        PrimeFacesWidgets.type(driver, "reportForm:" + field + "_input", isoDate);
        return this;
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
        click(driver, "reportForm:file");
        PrimeFacesWidgets.awaitAjax(driver);
    }

    public void saveDraft() {
        click(driver, "reportForm:saveDraft");
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

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }
}

package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/organisations.xhtml: the list, the register/edit dialog, deactivation. */
public class OrganisationsPage {

    private final WebDriver driver;

    public OrganisationsPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("organisationsForm:organisations")));
        awaitAjax(driver);
    }

    public String title() {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    /** Registers an organisation through the dialog; kind as its value (HUB, MANUFACTURER, …). */
    public OrganisationsPage register(String code, String kind, String nameJa, String nameEn, String corporateNumber) {
        PrimeFacesWidgets.click(driver, "organisationsForm:create");
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("organisationDialogForm:code")));
        awaitAjax(driver);
        PrimeFacesWidgets.type(driver, "organisationDialogForm:code", code);
        PrimeFacesWidgets.choose(driver, "organisationDialogForm:kind", kind);
        PrimeFacesWidgets.type(driver, "organisationDialogForm:nameJa", nameJa);
        PrimeFacesWidgets.type(driver, "organisationDialogForm:nameEn", nameEn);
        if (corporateNumber != null) {
            PrimeFacesWidgets.type(driver, "organisationDialogForm:corporateNumber", corporateNumber);
        }
        PrimeFacesWidgets.click(driver, "organisationDialogForm:save");
        awaitAjax(driver);
        return this;
    }

    /** The messages of the dialog (its problems) while it is open. */
    public String dialogMessages() {
        return PrimeFacesWidgets.messages(driver, "organisationDialogForm:dialogMessages");
    }

    public boolean isDialogOpen() {
        return driver.findElement(By.id("organisationDialog")).isDisplayed();
    }

    public void closeDialog() {
        PrimeFacesWidgets.click(driver, "organisationDialogForm:cancel");
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("organisationDialog")));
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "organisationsForm:messages");
    }

    /**
     * The table row of an organisation, found by its code: the list comes a page at a time, so the name column's
     * filter (which takes part of the code too) narrows it to that organisation first.
     */
    public WebElement row(String code) {
        PrimeFacesWidgets.type(driver, "organisationsForm:organisations:nameColumn:filter", code);
        waiting(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            List<WebElement> codes = d.findElements(By.cssSelector("[id^='organisationsForm:organisations:'][id$=':code']"));
            return !codes.isEmpty() && codes.stream().allMatch(shown -> shown.getText().contains(code));
        });
        awaitAjax(driver);
        return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='organisationsForm:organisations_data']/tr[.//span[contains(@id,':code') and normalize-space(.)='"
                        + code + "']]")));
    }

    public String status(String code) {
        return row(code).findElement(By.cssSelector("[id$=':status']")).getText();
    }

    public OrganisationsPage deactivate(String code) {
        PrimeFacesWidgets.clickAndConfirm(driver, row(code).findElement(By.cssSelector("[id$=':deactivate']")),
                "organisationsForm:confirmYes");
        return this;
    }

    /** Follows the row's link to the organisation's users. */
    public UsersPage users(String code) {
        PrimeFacesWidgets.click(driver, row(code).findElement(By.cssSelector("a[id$=':users']")));
        return new UsersPage(driver);
    }
}

package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/settings.xhtml: the settings and the dialog that changes one. */
public class SettingsPage {

    private final WebDriver driver;

    public SettingsPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("settingsForm:settings")));
        awaitAjax(driver);
    }

    private WebElement row(String key) {
        return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='settingsForm:settings_data']/tr[.//span[contains(@id,':key') and normalize-space(.)='" + key + "']]")));
    }

    public String value(String key) {
        return row(key).findElement(By.cssSelector("[id$=':value']")).getText();
    }

    /** Opens the dialog, types the value and saves; the dialog stays open when the value is refused. */
    public SettingsPage change(String key, String value) {
        PrimeFacesWidgets.click(driver, row(key).findElement(By.cssSelector("[id$=':edit']")));
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("settingForm:value")));
        awaitAjax(driver);
        PrimeFacesWidgets.type(driver, "settingForm:value", value);
        PrimeFacesWidgets.click(driver, "settingForm:save");
        awaitAjax(driver);
        return this;
    }

    public boolean isDialogOpen() {
        return driver.findElement(By.id("settingForm:value")).isDisplayed();
    }

    public String dialogMessages() {
        return PrimeFacesWidgets.messages(driver, "settingForm:settingMessages");
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "settingsForm:messages");
    }

    public void closeDialog() {
        PrimeFacesWidgets.click(driver, "settingForm:cancelEdit");
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("settingForm:value")));
    }
}

package jp.go.mhlw.kpi.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Using PrimeFaces widgets as a person does (clicking what is shown), and waiting for their AJAX requests. */
final class PrimeFacesWidgets {

    private PrimeFacesWidgets() {
    }

    static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Until no PrimeFaces request is pending or running. */
    static void awaitAjax(WebDriver driver) {
        waiting(driver).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete' && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())"
                        + " && (!window.jQuery || jQuery.active === 0);")));
    }

    static By id(String clientId) {
        return By.id(clientId);
    }

    /**
     * Replaces a field's text as a person does (select all, delete, type). A plain clear() leaves a number field's
     * (p:inputNumber) old value in the widget, and the typed digits are appended to it: "41" then "40" became 4140.
     */
    static void type(WebDriver driver, String clientId, String text) {
        WebElement input = waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id(clientId)));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        input.sendKeys(text);
    }

    /**
     * Types a date into a p:datePicker's text field as a person does, without picking, and leaves the field with Tab
     * (its change event, which sends the date where the page listens for it). The old text goes by keys: a plain
     * clear() leaves the widget's old date behind.
     */
    static void typeDate(WebDriver driver, String clientId, String text) {
        // a busy browser may drop keys, or an update may redraw the field while it is typed in: type again, found again
        for (int attempt = 1; ; attempt++) {
            WebElement input = waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id(clientId + "_input")));
            input.click();
            input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            input.sendKeys(text, Keys.TAB);
            awaitAjax(driver);
            if (text.equals(dateShown(driver, clientId)) || attempt == 3) {
                return;
            }
        }
    }

    /** The text a p:datePicker's field shows (a date the server took comes back as yyyy-MM-dd). */
    static String dateShown(WebDriver driver, String clientId) {
        return driver.findElement(By.id(clientId + "_input")).getAttribute("value");
    }

    /** True when the server refused what the field holds (PrimeFaces marks the text field). */
    static boolean isDateRefused(WebDriver driver, String clientId) {
        return driver.findElement(By.id(clientId + "_input")).getAttribute("class").contains("ui-state-error");
    }

    /**
     * Chooses the option with this value in a p:selectOneMenu through its widget, as primefaces-selenium does: the
     * same change event and AJAX request as a click on the item.
     */
    static void choose(WebDriver driver, String clientId, String value) {
        waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id(clientId)));
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                clientId, value);
        awaitAjax(driver);
    }

    /** Clicks a button or link once it is in view (in a dialog, its content scrolls). */
    static void click(WebDriver driver, String clientId) {
        click(driver, waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id(clientId))));
    }

    static void click(WebDriver driver, WebElement element) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        waiting(driver).until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /** Ticks the box of a p:selectManyCheckbox option (by value) unless it is ticked. */
    static void tick(WebDriver driver, String clientId, String value) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + clientId + "'] input[type='checkbox'][value='" + value + "']"));
        if (!input.isSelected()) {
            click(driver, input.findElement(By.xpath(
                    "./ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]")));
        }
    }

    /** Clicks a button, then its p:confirm's "yes" in the form's global confirm dialog. */
    static void clickAndConfirm(WebDriver driver, WebElement button, String yesButtonId) {
        click(driver, button);
        waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id(yesButtonId))).click();
        awaitAjax(driver);
    }

    /** The texts of a p:messages component, one line per message. */
    static String messages(WebDriver driver, String clientId) {
        return driver.findElement(By.id(clientId)).getText();
    }
}

package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /officer/account-requests.xhtml: the officer approves (after a confirmation) or rejects with a reason. */
public class AccountRequestsPage {

    private final WebDriver driver;

    public AccountRequestsPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("requestsForm:requests")));
        awaitAjax(driver);
    }

    public WebElement row(String reference) {
        return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='requestsForm:requests_data']/tr[.//span[contains(@id,':reference') and normalize-space(.)='"
                        + reference + "']]")));
    }

    /** The status of every request listed, as shown. */
    public List<String> statuses() {
        return driver.findElements(By.cssSelector("[id='requestsForm:requests_data'] [id$=':status']")).stream()
                .map(WebElement::getText).toList();
    }

    public String status(String reference) {
        return row(reference).findElement(By.cssSelector("[id$=':status']")).getText();
    }

    public boolean canDecide(String reference) {
        return !row(reference).findElements(By.cssSelector("[id$=':approve']")).isEmpty();
    }

    public AccountRequestsPage approve(String reference) {
        PrimeFacesWidgets.clickAndConfirm(driver, row(reference).findElement(By.cssSelector("[id$=':approve']")),
                "requestsForm:confirmYes");
        return this;
    }

    /** Opens the reject dialog, types the reason and rejects; the dialog stays open when refused. */
    public AccountRequestsPage reject(String reference, String reason) {
        PrimeFacesWidgets.click(driver, row(reference).findElement(By.cssSelector("[id$=':reject']")));
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("rejectForm:reason")));
        awaitAjax(driver);
        PrimeFacesWidgets.type(driver, "rejectForm:reason", reason);
        PrimeFacesWidgets.click(driver, "rejectForm:confirmReject");
        awaitAjax(driver);
        return this;
    }

    public String rejectMessages() {
        return PrimeFacesWidgets.messages(driver, "rejectForm:rejectMessages");
    }

    public void closeRejectDialog() {
        PrimeFacesWidgets.click(driver, "rejectForm:cancelReject");
        waiting(driver).until(ExpectedConditions.invisibilityOfElementLocated(By.id("rejectForm:reason")));
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "requestsForm:messages");
    }
}

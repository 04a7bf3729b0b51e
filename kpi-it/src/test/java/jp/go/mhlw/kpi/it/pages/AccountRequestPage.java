package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /public/account-request.xhtml: a manufacturer's account request, no login. */
public class AccountRequestPage {

    private final WebDriver driver;

    public AccountRequestPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("requestForm:submit")));
    }

    /** Fills every field (null leaves one as it is) and sends; the page reloads with problems or the confirmation. */
    public void submit(String companyNameJa, String corporateNumber, String lastName, String firstName, String email,
                       String phone) {
        fill("requestForm:companyNameJa", companyNameJa);
        fill("requestForm:corporateNumber", corporateNumber);
        fill("requestForm:contactLastName", lastName);
        fill("requestForm:contactFirstName", firstName);
        fill("requestForm:email", email);
        fill("requestForm:phone", phone);
        WebElement submit = driver.findElement(By.id("requestForm:submit"));
        PrimeFacesWidgets.click(driver, submit);
        // the form is re-rendered with the problems, or the browser goes on to the confirmation page
        waiting(driver).until(Browser.gone(submit));
        waiting(driver).until(d -> !d.findElements(By.id("referenceNumber")).isEmpty()
                || !d.findElements(By.id("requestForm:submit")).isEmpty());
        PrimeFacesWidgets.awaitAjax(driver);
    }

    private void fill(String id, String value) {
        if (value != null) {
            PrimeFacesWidgets.type(driver, id, value);
        }
    }

    /** The message shown at a field (e.g. "corporateNumber"), empty if none. */
    public String fieldMessage(String field) {
        return driver.findElement(By.id("requestForm:" + field + "Message")).getText();
    }

    public String value(String field) {
        return driver.findElement(By.id("requestForm:" + field)).getAttribute("value");
    }

    /** On the confirmation page: the request's reference number. */
    public static String reference(WebDriver driver) {
        return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("referenceNumber"))).getText();
    }
}

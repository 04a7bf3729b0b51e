package jp.go.mhlw.kpi.it.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The officer's review of a submission (/review/submission.xhtml). */
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

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "review:messages");
    }

    public String state() {
        return driver.findElement(By.id("review:state")).getText();
    }

    public String versions() {
        return driver.findElement(By.id("review:versions")).getText();
    }
}

package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/users.xhtml: one organisation's users from Keycloak, the invite dialog, disable and enable. */
public class UsersPage {

    private final WebDriver driver;

    public UsersPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("usersForm:users")));
        awaitAjax(driver);
    }

    /** The organisation chosen, as the menu shows it ("CODE — name"). */
    public String organisation() {
        return driver.findElement(By.id("usersForm:organisation_label")).getText();
    }

    /** Invites a user with these roles (role names, e.g. hub-reporter); returns the page with the outcome message. */
    public UsersPage invite(String username, String email, String lastName, String firstName, String... roles) {
        PrimeFacesWidgets.click(driver, "usersForm:invite");
        waiting(driver).until(ExpectedConditions.visibilityOfElementLocated(By.id("inviteForm:username")));
        awaitAjax(driver);
        PrimeFacesWidgets.type(driver, "inviteForm:username", username);
        PrimeFacesWidgets.type(driver, "inviteForm:email", email);
        PrimeFacesWidgets.type(driver, "inviteForm:lastName", lastName);
        PrimeFacesWidgets.type(driver, "inviteForm:firstName", firstName);
        for (String role : roles) {
            PrimeFacesWidgets.tick(driver, "inviteForm:roles", role);
        }
        PrimeFacesWidgets.click(driver, "inviteForm:sendInvitation");
        awaitAjax(driver);
        return this;
    }

    public String inviteMessages() {
        return PrimeFacesWidgets.messages(driver, "inviteForm:inviteMessages");
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "usersForm:messages");
    }

    public WebElement row(String username) {
        return waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//tbody[@id='usersForm:users_data']/tr[.//span[contains(@id,':username') and normalize-space(.)='"
                        + username + "']]")));
    }

    /** 有効 / 無効, and パスワード未設定 below while the user has not set a password. */
    public String status(String username) {
        return row(username).findElement(By.xpath("./td[5]")).getText();
    }

    public String roles(String username) {
        return row(username).findElement(By.cssSelector("[id$=':roles']")).getText();
    }

    public UsersPage disable(String username) {
        PrimeFacesWidgets.clickAndConfirm(driver, row(username).findElement(By.cssSelector("[id$=':disable']")),
                "usersForm:confirmYes");
        return this;
    }

    public UsersPage enable(String username) {
        PrimeFacesWidgets.clickAndConfirm(driver, row(username).findElement(By.cssSelector("[id$=':enable']")),
                "usersForm:confirmYes");
        return this;
    }
}

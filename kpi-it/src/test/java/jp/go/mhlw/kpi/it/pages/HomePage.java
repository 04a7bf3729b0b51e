package jp.go.mhlw.kpi.it.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A role's home page: who is logged in, their organisation and role. */
public class HomePage {

    private final WebDriver driver;

    public HomePage(WebDriver driver) {
        this.driver = driver;
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("whoAmI")));
    }

    public String title() {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    public String callerName() {
        return driver.findElement(By.cssSelector("[id$='callerName']")).getText();
    }

    public String organisation() {
        return driver.findElement(By.cssSelector("[id$='callerOrganisation']")).getText();
    }

    public String role() {
        return driver.findElement(By.cssSelector("[id$='callerRole']")).getText();
    }

    public void switchToEnglish() {
        driver.findElement(By.cssSelector("[id$='english']")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='japanese']")));
    }

    public void logOut() {
        driver.findElement(By.id("logout")).click();
    }
}

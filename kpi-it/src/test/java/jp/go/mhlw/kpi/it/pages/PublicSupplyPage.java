package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The public list of shortages and terminations (/public/supply.xhtml, no login). */
public class PublicSupplyPage {

    private final WebDriver driver;

    public PublicSupplyPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("notices")));
    }

    public static PublicSupplyPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/public/supply.xhtml");
        return new PublicSupplyPage(driver);
    }

    /** Each row as "product | status | maker". */
    public List<String> rows() {
        return driver.findElements(By.cssSelector("#notices tbody tr[data-ri]")).stream()
                .map(row -> row.findElement(By.cssSelector(".notice-product")).getText() + " | "
                        + row.findElement(By.cssSelector(".notice-status")).getText() + " | "
                        + row.findElement(By.cssSelector(".notice-maker")).getText())
                .toList();
    }
}

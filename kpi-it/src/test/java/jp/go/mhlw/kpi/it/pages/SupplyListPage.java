package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The supply cases and the steps waiting for the viewer (/supply/index.xhtml). */
public class SupplyListPage {

    private final WebDriver driver;

    public SupplyListPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("casesForm:cases")));
    }

    public static SupplyListPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/supply/index.xhtml");
        return new SupplyListPage(driver);
    }

    /** The inbox as "case number step-id" lines. */
    public List<String> inbox() {
        return driver.findElements(By.cssSelector("[id='inboxForm:inbox'] tbody tr[data-ri]")).stream()
                .map(row -> row.findElement(By.cssSelector("td")).getText() + " "
                        + row.findElement(By.cssSelector("[class*='step-']")).getAttribute("class").replaceAll(".*step-(\\S+).*", "$1"))
                .toList();
    }

    public List<String> caseNumbers() {
        return driver.findElements(By.cssSelector("[id='casesForm:cases'] tbody tr[data-ri] td:first-child")).stream()
                .map(WebElement::getText).toList();
    }

    public SupplyCasePage openCase(String caseNumber) {
        PrimeFacesWidgets.click(driver, driver.findElement(By.linkText(caseNumber)));
        return new SupplyCasePage(driver);
    }
}

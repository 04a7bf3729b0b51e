package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The import check (/import/index.xhtml): a theme list checked against the survey reference date in its field. How
 * the figures are read from the result area is kept here, in one place.
 */
public class ImportCheckPage {

    private static final String REFERENCE_DATE = "importForm:referenceDate";
    private static final By FILE_NAME = By.cssSelector("[id$='fileName']");

    private final WebDriver driver;

    public ImportCheckPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[type=file]")));
    }

    /** Types the survey reference date into its field (no picking) and leaves the field. */
    public ImportCheckPage typeReferenceDate(String typed) {
        PrimeFacesWidgets.typeDate(driver, REFERENCE_DATE, typed);
        return this;
    }

    public String referenceDateShown() {
        return PrimeFacesWidgets.dateShown(driver, REFERENCE_DATE);
    }

    public boolean isReferenceDateRefused() {
        return PrimeFacesWidgets.isDateRefused(driver, REFERENCE_DATE);
    }

    /** Chooses the file (it is checked at once) and waits for its result. */
    public ImportCheckPage check(Path file) {
        choose(file);
        waiting(driver).until(ExpectedConditions.textToBePresentInElementLocated(FILE_NAME, file.getFileName().toString()));
        return this;
    }

    /** Chooses the file while a field is refused, and waits until the previous result has gone: nothing is checked. */
    public ImportCheckPage checkRefused(Path file) {
        List<WebElement> previous = driver.findElements(FILE_NAME);
        choose(file);
        previous.forEach(result -> waiting(driver).until(Browser.gone(result)));
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    public boolean hasResult() {
        return !driver.findElements(FILE_NAME).isEmpty();
    }

    /** The themes of the list (all of them, whatever the date). */
    public int themes() {
        String count = driver.findElement(By.id("recordCount")).getText();
        return Integer.parseInt(count.replaceAll(".*?(\\d+)$", "$1"));
    }

    /** The themes adopted at least a year before the reference date: the total of the mature-theme table. */
    public int matureThemes() {
        List<WebElement> totals = driver.findElements(By.xpath("//h3[contains(., '採択後1年以上')]"
                + "/following::table[1]//tr[td[1][normalize-space()='合計']]/td[2]"));
        // no table when no theme is mature
        return totals.isEmpty() ? 0 : Integer.parseInt(totals.get(0).getText().trim());
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "importForm:messages");
    }

    private void choose(Path file) {
        driver.findElement(By.cssSelector("input[type=file]")).sendKeys(file.toAbsolutePath().toString());
    }
}

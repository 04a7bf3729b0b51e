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

    /** The coverage column of the case's row; null when the list has no such column (it is the ministry's). */
    /** The states of the cases shown on this page of the list, by name (from each state's class, e.g. REPORTED). */
    public List<String> shownStates() {
        return driver.findElements(By.cssSelector("[id='casesForm:cases'] tbody tr[data-ri] span[class^='state-']")).stream()
                .map(state -> state.getAttribute("class").replaceAll(".*state-(\\S+).*", "$1")).toList();
    }

    /** How many cases the list holds over all its pages, as its paginator says ("1-25 / 40" is 40). */
    public int totalRecords() {
        String report = driver.findElement(By.cssSelector("[id='casesForm:cases'] .ui-paginator-current")).getText();
        return Integer.parseInt(report.substring(report.lastIndexOf('/') + 1).trim());
    }

    public String coverageOf(String caseNumber) {
        return driver.findElements(By.cssSelector("[id='casesForm:cases'] tbody tr[data-ri]")).stream()
                .filter(row -> row.findElement(By.cssSelector("td")).getText().equals(caseNumber)).findFirst()
                .flatMap(row -> row.findElements(By.cssSelector(".coverage")).stream().findFirst())
                .map(WebElement::getText).orElse(null);
    }

    /** Sorts the cases by the coverage column (one click: least covered first) and answers the column top down. */
    public List<String> sortByCoverage() {
        WebElement header = driver.findElements(By.cssSelector("[id='casesForm:cases'] th.ui-sortable-column")).stream()
                .filter(column -> !column.findElements(By.xpath(".//*[contains(text(), '充足見込み')]")).isEmpty())
                .findFirst().orElseThrow();
        // the sorted rows replace the old ones: wait for that, not only for the request
        WebElement firstRow = driver.findElement(By.cssSelector("[id='casesForm:cases'] tbody tr[data-ri]"));
        PrimeFacesWidgets.click(driver, header);
        PrimeFacesWidgets.waiting(driver).until(Browser.gone(firstRow));
        PrimeFacesWidgets.awaitAjax(driver);
        return driver.findElements(By.cssSelector("[id='casesForm:cases'] tbody tr[data-ri] .coverage")).stream()
                .map(WebElement::getText).toList();
    }

    public SupplyCasePage openCase(String caseNumber) {
        PrimeFacesWidgets.click(driver, driver.findElement(By.linkText(caseNumber)));
        return new SupplyCasePage(driver);
    }

    /** A maker of an alternative answers the stock request of this case from its inbox. */
    public SupplyListPage answerStockRequest(String caseNumber, long stock, long capacity, String note, boolean share) {
        WebElement row = driver.findElements(By.cssSelector("[id='inboxForm:inbox'] tbody tr[data-ri]")).stream()
                .filter(candidate -> candidate.findElement(By.cssSelector("td")).getText().equals(caseNumber)).findFirst()
                .orElseThrow(() -> new AssertionError("no stock request of " + caseNumber + " in the inbox"));
        PrimeFacesWidgets.click(driver, row.findElement(By.cssSelector("[id$='startAnswer']")));
        PrimeFacesWidgets.type(driver, "answerForm:stock_input", Long.toString(stock));
        PrimeFacesWidgets.type(driver, "answerForm:capacity_input", Long.toString(capacity));
        PrimeFacesWidgets.type(driver, "answerForm:note", note);
        if (share) {
            PrimeFacesWidgets.click(driver, driver.findElement(By.cssSelector("[id='answerForm:shareAnswer'] .ui-chkbox-box")));
        }
        // a full post: the answer is stored once the old page has gone
        WebElement send = driver.findElement(By.id("answerForm:sendAnswer"));
        PrimeFacesWidgets.click(driver, send);
        PrimeFacesWidgets.waiting(driver).until(Browser.gone(send));
        return new SupplyListPage(driver);
    }
}

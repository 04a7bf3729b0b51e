package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A cycle's dashboard (/cycle/dashboard.xhtml): the bodies asked, the secretariat's deadline extension and the
 * officers' actions on the ticked bodies.
 */
public class CycleDashboardPage {

    private static final String NEW_DUE = "dashboard:newDue";

    private final WebDriver driver;

    public CycleDashboardPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("dashboard:requested")));
    }

    public static CycleDashboardPage open(WebDriver driver, String baseUrl, long cycleId) {
        driver.get(baseUrl + "/cycle/dashboard.xhtml?cycle=" + cycleId);
        return new CycleDashboardPage(driver);
    }

    /** Clicks "CSV" above the body list and returns the downloaded file's text. */
    public String exportBodiesCsv(Path downloads) {
        try {
            return Files.readString(Downloads.click(driver, "dashboard:exportBodiesCsv", downloads, "csv"),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Clicks "Excel" above the body list and returns the downloaded workbook. */
    public Path exportBodiesXlsx(Path downloads) {
        return Downloads.click(driver, "dashboard:exportBodiesXlsx", downloads, "xlsx");
    }

    /** The organisation code of the first body listed. */
    public String firstBody() {
        String code = driver.findElement(By.cssSelector("[id='dashboard:bodies_data'] > tr small")).getText();
        return code.replaceAll("[()\\s]", "");
    }

    /** Ticks the body's row (unless it is ticked) for the extension. */
    public CycleDashboardPage select(String organisationCode) {
        WebElement row = row(organisationCode);
        // through the table's widget, as a click on the row's box does: the selection goes with the next post
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("var row = $(arguments[0]);"
                + " if (!row.hasClass('ui-state-highlight')) {"
                + " PrimeFaces.getWidgetById('dashboard:bodies').selectRow(row, true); }", row);
        return this;
    }

    /** Types the new deadline (no picking). */
    public CycleDashboardPage typeNewDue(String typed) {
        PrimeFacesWidgets.typeDate(driver, NEW_DUE, typed);
        return this;
    }

    public boolean isNewDueRefused() {
        return PrimeFacesWidgets.isDateRefused(driver, NEW_DUE);
    }

    /** Extends the ticked bodies' deadlines to the new one, answering the confirmation. */
    public CycleDashboardPage extend() {
        PrimeFacesWidgets.clickAndConfirm(driver, driver.findElement(By.id("dashboard:extend")), "dashboard:confirmYes");
        return new CycleDashboardPage(driver);
    }

    /**
     * Asks to approve the ticked bodies' reports and returns what the confirmation says (how many it takes, and the
     * bodies it leaves out with why); {@link #confirmBulk} answers it.
     */
    public String approveSelected() {
        PrimeFacesWidgets.click(driver, "dashboard:approveSelected");
        waiting(driver).until(ExpectedConditions.elementToBeClickable(By.id("dashboard:bulkYes")));
        return driver.findElement(By.id("dashboard:bulkConfirm")).getText();
    }

    /** Answers the open confirmation of an action on the ticked bodies with yes. */
    public CycleDashboardPage confirmBulk() {
        PrimeFacesWidgets.click(driver, "dashboard:bulkYes");
        PrimeFacesWidgets.awaitAjax(driver);
        return new CycleDashboardPage(driver);
    }

    /** The body's request state as the list shows it. */
    public String stateOf(String organisationCode) {
        return row(organisationCode).findElement(By.cssSelector(".kpi-state")).getText();
    }

    /** The body's deadline as the list shows it. */
    public String dueOf(String organisationCode) {
        return row(organisationCode).findElement(By.xpath("./td[5]")).getText();
    }

    /** The bodies the list shows, by organisation code (one page of at most 50). */
    public List<String> bodies() {
        return driver.findElements(By.cssSelector("[id='dashboard:bodies_data'] > tr small")).stream()
                .map(code -> code.getText().trim().replace("(", "").replace(")", "")).toList();
    }

    /** The report template (kind) of a body's row, as shown. */
    public String kindOf(String organisationCode) {
        return row(organisationCode).findElement(By.xpath("./td[3]")).getText();
    }

    /** True when the list shows only part of the bodies (a home page's link), with a link back to all of them. */
    public boolean isNarrowed() {
        return !driver.findElements(By.id("dashboard:narrowed")).isEmpty();
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "dashboard:messages");
    }

    private WebElement row(String organisationCode) {
        return driver.findElement(By.xpath("//*[@id='dashboard:bodies_data']/tr[.//small[contains(., '("
                + organisationCode + ")')]]"));
    }
}

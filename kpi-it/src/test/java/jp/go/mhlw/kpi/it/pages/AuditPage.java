package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** /admin/audit.xhtml: the search form, the paged records, the CSV export. */
public class AuditPage {

    private final WebDriver driver;

    public AuditPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("auditForm:records")));
        awaitAjax(driver);
    }

    public AuditPage searchOrganisation(String organisationCode) {
        PrimeFacesWidgets.type(driver, "auditForm:organisation", organisationCode);
        PrimeFacesWidgets.click(driver, "auditForm:search");
        awaitAjax(driver);
        return this;
    }

    /** The actions of the records on the page shown, newest first. */
    /** The recorded actions (their keys, kept in the cell's title beside the name shown). */
    public List<String> actions() {
        return driver.findElements(By.cssSelector("[id='auditForm:records_data'] span[id$=':action']")).stream()
                .map(cell -> cell.getAttribute("title")).toList();
    }

    /** The actions as the page names them, in the user's language. */
    public List<String> actionNames() {
        return driver.findElements(By.cssSelector("[id='auditForm:records_data'] span[id$=':action']")).stream()
                .map(WebElement::getText).toList();
    }

    public List<String> objects() {
        return driver.findElements(By.cssSelector("[id='auditForm:records_data'] span[id$=':object']")).stream()
                .map(WebElement::getText).toList();
    }

    /** Clicks "CSV export" and returns the downloaded file's text (Chromium saves it into the directory given). */
    public String exportCsv(Path downloads) {
        try {
            Files.createDirectories(downloads);
            ((ChromiumDriver) driver).executeCdpCommand("Browser.setDownloadBehavior",
                    Map.of("behavior", "allow", "downloadPath", downloads.toAbsolutePath().toString()));
            PrimeFacesWidgets.click(driver, "auditForm:export");
            Path csv = waiting(driver).until(d -> {
                try (Stream<Path> files = Files.list(downloads)) {
                    return files.filter(file -> file.getFileName().toString().endsWith(".csv")).findFirst().orElse(null);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            return Files.readString(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

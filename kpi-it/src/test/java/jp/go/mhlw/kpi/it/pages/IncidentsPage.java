package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.awaitAjax;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** /admin/incidents.xhtml: failed process steps, retry after a confirmation, cancel with a reason. */
public class IncidentsPage {

    private final WebDriver driver;

    public IncidentsPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("incidentsForm:incidents")));
        awaitAjax(driver);
    }

    private List<WebElement> rows(String businessKey) {
        return driver.findElements(By.xpath("//tbody[@id='incidentsForm:incidents_data']/tr[.//span[contains(@id,':businessKey')"
                + " and normalize-space(.)='" + businessKey + "']]"));
    }

    /** Refreshes the list until the incident of this business key shows (the engine retries first), or fails. */
    public WebElement awaitIncident(String businessKey, Duration timeout) {
        return new WebDriverWait(driver, timeout, Duration.ofSeconds(3)).until(d -> {
            refresh();
            List<WebElement> rows = rows(businessKey);
            return rows.isEmpty() ? null : rows.get(0);
        });
    }

    /** Refreshes the list until no incident of this business key is left, or fails. */
    public void awaitNoIncident(String businessKey, Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofSeconds(3)).until(d -> {
            refresh();
            return rows(businessKey).isEmpty();
        });
    }

    public String cell(WebElement row, String id) {
        return row.findElement(By.cssSelector("[id$=':" + id + "']")).getText();
    }

    public IncidentsPage retry(String businessKey) {
        PrimeFacesWidgets.clickAndConfirm(driver, rows(businessKey).get(0).findElement(By.cssSelector("[id$=':retry']")),
                "incidentsForm:confirmYes");
        return this;
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "incidentsForm:messages");
    }

    private void refresh() {
        PrimeFacesWidgets.click(driver, "incidentsForm:refresh");
        awaitAjax(driver);
    }
}

package jp.go.mhlw.kpi.it.pages;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The secretariat's form for opening a fiscal year's follow-up (/cycle/open.xhtml). */
public class CycleOpeningPage {

    private final WebDriver driver;

    public CycleOpeningPage(WebDriver driver) {
        this.driver = driver;
        PrimeFacesWidgets.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("openForm:open")));
    }

    /**
     * The fiscal year with its reporting period (April to March) and the survey dates the committee uses: members
     * counted and themes judged on 1 January after the year starts, overseas activity asked at two Januaries.
     */
    public CycleOpeningPage fiscalYear(int year) {
        // through the widget: typing after the offered year appends to it (and the field caps it at 2100)
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).setValue(arguments[1]);",
                "openForm:fiscalYear", year);
        date("openForm:periodStart_input", LocalDate.of(year, 4, 1));
        date("openForm:periodEnd_input", LocalDate.of(year + 1, 3, 31));
        date("openForm:surveyReferenceDate_input", LocalDate.of(year + 1, 1, 1));
        date("openForm:previousSnapshot_input", LocalDate.of(year, 1, 1));
        date("openForm:currentSnapshot_input", LocalDate.of(year + 1, 1, 1));
        return this;
    }

    /** The Basic Plan the year is followed up for (the form offers the plan in force first). */
    public CycleOpeningPage plan(String planCode) {
        PrimeFacesWidgets.choose(driver, "openForm:plan", planCode);
        return this;
    }

    /** Asks these bodies only: every other body's box (all are ticked at first) is unticked. */
    public CycleOpeningPage bodies(Collection<String> organisationCodes) {
        List<WebElement> boxes = driver.findElements(By.cssSelector("[id='openForm:bodies'] input[type='checkbox']"));
        Set<String> offered = boxes.stream().map(box -> box.getAttribute("value")).collect(Collectors.toSet());
        if (!offered.containsAll(organisationCodes)) {
            throw new IllegalArgumentException("the form does not offer all of " + organisationCodes + ": " + offered);
        }
        for (WebElement box : boxes) {
            if (box.isSelected() != organisationCodes.contains(box.getAttribute("value"))) {
                PrimeFacesWidgets.click(driver, box.findElement(By.xpath(
                        "./ancestor::div[contains(@class,'ui-chkbox')][1]//div[contains(@class,'ui-chkbox-box')]")));
            }
        }
        return this;
    }

    public CycleOpeningPage due(LocalDate due) {
        date("openForm:due_input", due);
        return this;
    }

    /** Opens the cycle (answering the confirmation) and waits for its dashboard. */
    public void open() {
        PrimeFacesWidgets.clickAndConfirm(driver, driver.findElement(By.id("openForm:open")), "openForm:confirmYes");
        // asking every body (a request, a process and an e-mail each) takes a while on a small machine
        new WebDriverWait(driver, Duration.ofSeconds(90)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("dashboard:requested")),
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#openForm\\:messages .ui-messages-error"))));
        if (driver.findElements(By.id("dashboard:requested")).isEmpty()) {
            throw new IllegalStateException("the cycle was not opened: " + PrimeFacesWidgets.messages(driver, "openForm:messages"));
        }
    }

    /**
     * Puts the date into the picker's text field, which is what the form posts: typing into the three pickers in turn
     * (each opening its calendar) left them empty.
     */
    private void date(String inputId, LocalDate date) {
        WebElement input = driver.findElement(By.id(inputId));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", input, date.toString());
    }
}

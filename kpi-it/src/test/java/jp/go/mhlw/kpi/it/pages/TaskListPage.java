package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The task list (/tasks/index.xhtml): one row per open task the user sees. */
public class TaskListPage {

    private static final String ROWS = "[id='inbox:tasks'] tbody tr[data-ri]";

    /** One row as the page shows it: the step, the case number of a supply step, the subject, due date and link. */
    public record Row(String step, String caseNumber, String subject, String due, String followUp, String href,
                      String assignee) {
    }

    private final WebDriver driver;

    public TaskListPage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("inbox:tasks")));
    }

    public static TaskListPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/tasks/index.xhtml");
        return new TaskListPage(driver);
    }

    /** Narrows the list to the tasks whose subject contains the text (the column's filter). */
    public TaskListPage filterBySubject(String text) {
        PrimeFacesWidgets.type(driver, "inbox:tasks:subject:filter", text);
        // the filtered rows replace the old ones: wait until every row shown matches (at least one is expected)
        waiting(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            List<Row> shown = rows();
            return !shown.isEmpty() && shown.stream().allMatch(row -> row.subject().contains(text));
        });
        PrimeFacesWidgets.awaitAjax(driver);
        return this;
    }

    /** The rows shown, read again while an AJAX update is replacing them. */
    public List<Row> rows() {
        return waiting(driver).ignoring(StaleElementReferenceException.class).until(d -> {
            try {
                return driver.findElements(By.cssSelector(ROWS)).stream()
                        .filter(row -> !row.findElements(By.cssSelector(".kpi-task-link")).isEmpty())
                        .map(TaskListPage::row).toList();
            } catch (WebDriverException replaced) {
                if (Browser.replaced(replaced)) {
                    return null;
                }
                throw replaced;
            }
        });
    }

    private static Row row(WebElement row) {
        WebElement link = row.findElement(By.cssSelector(".kpi-task-link"));
        List<WebElement> cells = row.findElements(By.cssSelector("td"));
        return new Row(link.getAttribute("data-step"), link.getAttribute("data-case"),
                row.findElement(By.cssSelector(".kpi-task-subject")).getText(),
                row.findElement(By.cssSelector(".kpi-task-due")).getText(),
                row.findElement(By.cssSelector(".kpi-task-follow-up")).getText(),
                link.getAttribute("href"), cells.get(3).getText());
    }

    /** What the list is narrowed to by a home page's link ("Showing only: ..."), empty when it shows every task. */
    public String narrowedTo() {
        List<WebElement> note = driver.findElements(By.id("narrowedLabel"));
        return note.isEmpty() ? "" : note.get(0).getText();
    }

    /** Follows the task's link, for the page it is done on. */
    public void follow(Row task) {
        WebElement link = driver.findElements(By.cssSelector(ROWS + " .kpi-task-link")).stream()
                .filter(candidate -> task.href().equals(candidate.getAttribute("href"))).findFirst().orElseThrow();
        PrimeFacesWidgets.click(driver, link);
        waiting(driver).until(Browser.gone(link));
    }

    /** Claims the (only) task of the filtered list. */
    public TaskListPage claimOnly() {
        WebElement claim = driver.findElement(By.cssSelector(ROWS + " .kpi-claim"));
        PrimeFacesWidgets.click(driver, claim);
        waiting(driver).until(Browser.gone(claim));
        PrimeFacesWidgets.awaitAjax(driver);
        return new TaskListPage(driver);
    }

    /** The holder sets the follow-up date of the (only) task of the filtered list, typed as yyyy-MM-dd. */
    public TaskListPage setFollowUpOfOnly(String date) {
        String picker = driver.findElement(By.cssSelector(ROWS + " [id$=':followUpOn']")).getAttribute("id");
        PrimeFacesWidgets.typeDate(driver, picker, date);
        WebElement save = driver.findElement(By.cssSelector(ROWS + " [id$=':saveFollowUp']"));
        PrimeFacesWidgets.click(driver, save);
        waiting(driver).until(Browser.gone(save));
        PrimeFacesWidgets.awaitAjax(driver);
        return new TaskListPage(driver);
    }

    public String messages() {
        return PrimeFacesWidgets.messages(driver, "inbox:messages");
    }
}

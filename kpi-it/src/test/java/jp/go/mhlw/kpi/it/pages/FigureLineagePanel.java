package jp.go.mhlw.kpi.it.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A figure's lineage as its table opens it (the cycle report, a KPI's history, the public report): the row's
 * toggler reached and pressed from the keyboard, then the submissions, the normalisation and the formula shown
 * beneath the row.
 */
public class FigureLineagePanel {

    private final WebDriver driver;
    private final WebElement panel;
    private final WebElement row;

    private FigureLineagePanel(WebDriver driver, WebElement panel, WebElement row) {
        this.driver = driver;
        this.panel = panel;
        this.row = row;
    }

    /**
     * The submissions of one value of a KPI's history as its own list shows them (the page opened with
     * {@code value=<id>}): one page of them, with the normalisation and the formula.
     */
    public static FigureLineagePanel sources(WebDriver driver) {
        WebElement list = PrimeFacesWidgets.waiting(driver).until(ExpectedConditions.presenceOfElementLocated(
                By.id("sourcesList")));
        return new FigureLineagePanel(driver, list, null);
    }

    /** Opens the lineage of the first row of the table (its id ends with tableId) whose text has all these. */
    public static FigureLineagePanel open(WebDriver driver, String tableId, String... rowTexts) {
        By rows = By.cssSelector("[id$='" + tableId + "'] tbody > tr.ui-widget-content");
        WebElement row = PrimeFacesWidgets.waiting(driver).until(d -> d.findElements(rows).stream()
                .filter(candidate -> java.util.Arrays.stream(rowTexts).allMatch(candidate.getText()::contains))
                .findFirst().orElse(null));
        WebElement toggler = row.findElement(By.cssSelector(".ui-row-toggler"));
        // the keyboard, as a person without a mouse opens it
        toggler.sendKeys(Keys.ENTER);
        PrimeFacesWidgets.awaitAjax(driver);
        WebElement panel = PrimeFacesWidgets.waiting(driver).until(ExpectedConditions.visibilityOf(
                row.findElement(By.xpath("following-sibling::tr[1]"))));
        PrimeFacesWidgets.waiting(driver).until(d -> !panel.findElements(By.cssSelector("dl.kpi-lineage")).isEmpty());
        return new FigureLineagePanel(driver, panel, row);
    }

    /** Everything the lineage says, as text. */
    public String text() {
        return panel.getText();
    }

    /** "20 件の提出": how many submissions the figure was computed from. */
    public String count() {
        return panel.findElement(By.cssSelector(".kpi-lineage-count")).getText();
    }

    /** The number of submissions the row's own column gives (a KPI's history), as the page shows it ("1,818"). */
    public String sourceCount() {
        return row.findElement(By.cssSelector(".kpi-source-count")).getText();
    }

    /** Whether the drill-down links to the value's own list of its submissions (when it has more than it lists). */
    public boolean hasLinkToAll() {
        return !panel.findElements(By.cssSelector("a.kpi-all-sources")).isEmpty();
    }

    /** The submissions listed, as text ("依頼 12 第2版（広島大学）"), linked or not. */
    public List<String> submissions() {
        return panel.findElements(By.cssSelector(".kpi-lineage-sources li")).stream().map(WebElement::getText).toList();
    }

    /** The submissions that are links to their review. */
    public List<WebElement> links() {
        return panel.findElements(By.cssSelector("a.kpi-lineage-link"));
    }

    public String formula() {
        return panel.findElement(By.cssSelector(".kpi-lineage-formula")).getText();
    }

    public String normalisation() {
        return panel.findElement(By.cssSelector(".kpi-lineage-normalisation")).getText();
    }

    /** Follows the link of the submission whose text starts with this, e.g. "依頼 12 第2版". */
    public ReviewPage follow(String submission) {
        WebElement link = links().stream().filter(candidate -> candidate.getText().startsWith(submission)).findFirst()
                .orElseThrow(() -> new AssertionError("no link to " + submission + " in " + text()));
        link.click();
        return new ReviewPage(driver);
    }
}

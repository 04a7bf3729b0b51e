package jp.go.mhlw.kpi.it.pages;

import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.click;
import static jp.go.mhlw.kpi.it.pages.PrimeFacesWidgets.waiting;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** One supply case (/supply/case.xhtml): its state, the forms of the steps waiting for the viewer, its history. */
public class SupplyCasePage {

    private final WebDriver driver;

    public SupplyCasePage(WebDriver driver) {
        this.driver = driver;
        waiting(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("summary")));
    }

    public static SupplyCasePage open(WebDriver driver, String baseUrl, String caseNumber) {
        driver.get(baseUrl + "/supply/case.xhtml?case=" + caseNumber);
        return new SupplyCasePage(driver);
    }

    public String title() {
        return driver.findElement(By.id("pageTitle")).getText();
    }

    public String state() {
        return driver.findElement(By.id("state")).getText();
    }

    public String waitingFor() {
        return driver.findElement(By.id("waiting")).getText();
    }

    /** The process section's text: "現在のステップ: " and the steps the case's flows are at, by name. */
    public String currentStep() {
        return driver.findElement(By.id("currentStep")).getText();
    }

    /** The steps boxed as current over the flows' diagrams (their element ids in the models). */
    public java.util.List<String> highlightedSteps() {
        return driver.findElements(By.cssSelector("rect.kpi-diagram-current")).stream()
                .map(box -> box.getAttribute("data-step")).toList();
    }

    public String messages() {
        return driver.findElement(By.id("messages")).getText();
    }

    /** A figure of the coverage block by its id (e.g. "coverageOwnMonths"); null when the block is not shown. */
    public String coverage(String figureId) {
        List<WebElement> figure = driver.findElements(By.id(figureId));
        return figure.isEmpty() ? null : figure.get(0).getText();
    }

    public boolean hasForm(String formId) {
        return !driver.findElements(By.id(formId)).isEmpty();
    }

    public SupplyReportPage fileReport() {
        click(driver, "fileReport");
        return new SupplyReportPage(driver);
    }

    public SupplyCasePage triage(String impact, String urgency, String severity) {
        radio("triageForm:impact", impact);
        radio("triageForm:urgency", urgency);
        radio("triageForm:severity", severity);
        return submit("triageForm:triage");
    }

    public SupplyCasePage triage(String impact, String urgency, String severity, String note) {
        PrimeFacesWidgets.type(driver, "triageForm:note", note);
        return triage(impact, urgency, severity);
    }

    public SupplyCasePage requestStock(String makerOrganisationCodes) {
        PrimeFacesWidgets.type(driver, "stockForm:makers", makerOrganisationCodes);
        return submit("stockForm:requestStock");
    }

    /** The values shown with each timeline entry of this kind (TRIAGED, STOCK_ANSWERED…), oldest entry first. */
    public List<List<String>> timelineValues(String event) {
        return driver.findElements(By.cssSelector("#timeline tr.timeline-" + event)).stream()
                .map(row -> row.findElements(By.cssSelector(".timeline-value")).stream().map(WebElement::getText).toList())
                .toList();
    }

    /** Who made each timeline entry of this kind, as "user organisation". */
    public List<String> timelineAuthors(String event) {
        return driver.findElements(By.cssSelector("#timeline tr.timeline-" + event)).stream()
                .map(row -> row.findElements(By.cssSelector(".timeline-actor, .timeline-organisation")).stream()
                        .map(WebElement::getText).collect(java.util.stream.Collectors.joining(" ")))
                .toList();
    }

    public SupplyCasePage consultSocieties(String societies, String outcome) {
        PrimeFacesWidgets.type(driver, "societiesForm:societies", societies);
        PrimeFacesWidgets.type(driver, "societiesForm:outcome", outcome);
        return submit("societiesForm:consult");
    }

    public SupplyCasePage decideFurtherAction(boolean needed, String reasons) {
        radio("furtherForm:needed", Boolean.toString(needed));
        PrimeFacesWidgets.type(driver, "furtherForm:reasons", reasons);
        return submit("furtherForm:decide");
    }

    public SupplyCasePage continueSupply() {
        return submit("responseForm:continueSupply");
    }

    public SupplyCasePage consent(boolean given) {
        return submit(given ? "consentForm:giveConsent" : "consentForm:refuseConsent");
    }

    public SupplyCasePage close(String reason) {
        ((JavascriptExecutor) driver).executeScript("PrimeFaces.getWidgetById(arguments[0]).selectValue(arguments[1]);",
                "closeForm:closeReason", reason);
        WebElement before = driver.findElement(By.id("summary"));
        WebElement button = driver.findElement(By.id("closeForm:close"));
        click(driver, button);
        WebElement yes = waiting(driver).until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']")));
        yes.click();
        // a full post, as submit(): the case is read once the closed case's page has replaced this one
        waiting(driver).until(Browser.gone(before));
        return new SupplyCasePage(driver);
    }

    public SupplyCasePage publish(boolean showMaker) {
        if (showMaker) {
            click(driver, driver.findElement(By.cssSelector("[id='publishForm:showMaker'] .ui-chkbox-box")));
        }
        return submit("publishForm:publish");
    }

    public SupplyCasePage withdraw() {
        return submit("publishForm:withdraw");
    }

    public String publicationState() {
        return driver.findElement(By.id("publicationState")).getText();
    }

    /** The audit actions of the case as recorded, newest first (the page names them in the viewer's language). */
    public List<String> historyActions() {
        return driver.findElements(By.cssSelector("#history .audit-action")).stream()
                .map(action -> action.getAttribute("data-action")).toList();
    }

    /** The audit actions of the case as the page names them, newest first. */
    public List<String> historyActionNames() {
        return driver.findElements(By.cssSelector("#history .audit-action")).stream().map(WebElement::getText).toList();
    }

    /** The attachments' names and their download addresses. */
    public List<String> attachmentNames() {
        return driver.findElements(By.cssSelector("#caseAttachments .attachment-name")).stream().map(WebElement::getText).toList();
    }

    public List<String> attachmentLinks() {
        return driver.findElements(By.cssSelector("#caseAttachments .attachment-name")).stream()
                .map(link -> link.getAttribute("href")).toList();
    }

    public int versionCount() {
        return driver.findElements(By.cssSelector("#versions tbody tr[data-ri]")).size();
    }

    private SupplyCasePage submit(String buttonId) {
        // a full post: wait for the old page to go, or the next read may hit it while the new one loads
        WebElement before = driver.findElement(By.id("summary"));
        click(driver, buttonId);
        waiting(driver).until(Browser.gone(before));
        return new SupplyCasePage(driver);
    }

    private void radio(String clientId, String value) {
        WebElement input = driver.findElement(By.cssSelector("[id='" + clientId + "'] input[type='radio'][value='" + value + "']"));
        click(driver, input.findElement(By.xpath(
                "./ancestor::div[contains(@class,'ui-radiobutton')][1]//div[contains(@class,'ui-radiobutton-box')]")));
    }
}

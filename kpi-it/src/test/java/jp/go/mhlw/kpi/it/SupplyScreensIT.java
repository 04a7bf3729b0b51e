package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.PublicSupplyPage;
import jp.go.mhlw.kpi.it.pages.SupplyCasePage;
import jp.go.mhlw.kpi.it.pages.SupplyListPage;
import jp.go.mhlw.kpi.it.pages.SupplyReportPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;

/**
 * Supply-disruption cases through the screens of the manufacturer, the ministry officer and the public, on the real
 * servers: each decision moves the case's flow, and every page checks role and organisation. Some cases are opened
 * through the REST API, which starts their flow just as the form does.
 */
@ExtendWith(ArquillianExtension.class)
class SupplyScreensIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final List<WebDriver> browsers = new ArrayList<>();
    private String testName;
    private final String run = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @AfterEach
    void stopBrowsers() {
        for (int i = 0; i < browsers.size(); i++) {
            Browser.screenshot(browsers.get(i), testName + "-" + (i + 1));
            browsers.get(i).quit();
        }
    }

    @Test
    void aShortageFromTheFirstReportWithBlanksToClosing(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String product = "結合試験カテーテル " + run;

        // maker-a: a first report needs only the product, the kind and a contact; the form marks just those
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        maker.findElement(By.cssSelector("#homeLinks a[id$='toNewSupplyReport']")).click();
        SupplyReportPage form = new SupplyReportPage(maker);
        assertThat(form.isMarkedRequired("productName")).isTrue();
        assertThat(form.isMarkedRequired("contact")).isTrue();
        assertThat(form.isMarkedRequired("startDate")).isFalse();
        form.type("productName", product).file();
        // the server's check names the missing fields at the fields, and what was typed stays
        assertThat(form.messages()).contains("事象の種類").contains("担当者連絡先");
        assertThat(form.isInvalid("contact")).isTrue();
        assertThat(form.value("productName")).isEqualTo(product);
        form.choose("disruptionKind", "SHORTAGE").type("contact", "山田 太郎").type("contactPhone", "03-0000-0000").file();

        SupplyCasePage supplyCase = new SupplyCasePage(maker);
        String caseNumber = supplyCase.title().replaceAll(".*(SC-\\d{4}-\\d+).*", "$1");
        assertThat(supplyCase.state()).isEqualTo("初回報告済み(追加報告待ち)");
        assertThat(supplyCase.waitingFor()).contains("追加報告");

        // the additional report requires every field: it starts from the first report
        form = supplyCase.fileReport();
        assertThat(form.title()).contains("追加報告");
        assertThat(form.isMarkedRequired("startDate")).isTrue();
        assertThat(form.value("productName")).isEqualTo(product);
        // a PDF goes with the report; a text file named .pdf does not, and what was typed stays
        completeReport(form);
        java.nio.file.Path pdf = java.nio.file.Files.createTempFile("在庫推移", ".pdf");
        java.nio.file.Files.writeString(pdf, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n");
        java.nio.file.Path fake = java.nio.file.Files.createTempFile("偽装", ".pdf");
        java.nio.file.Files.writeString(fake, "not a pdf");
        form = form.attach(fake);
        assertThat(form.messages()).contains("not a PDF");
        assertThat(form.value("jmdnCode")).isEqualTo("35094000");
        form = form.attach(pdf);
        assertThat(form.attachments()).containsExactly(pdf.getFileName().toString());
        form.file();
        supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.state()).isEqualTo("厚生労働省で評価中");
        assertThat(supplyCase.versionCount()).isEqualTo(2);
        assertThat(supplyCase.attachmentNames()).containsExactly(pdf.getFileName().toString());
        String download = supplyCase.attachmentLinks().get(0);

        // officer1: the case is in the inbox; triage, then ask the maker to consider a response
        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        officer.findElement(By.cssSelector("#homeLinks a[id$='toSupply']")).click();
        SupplyListPage inbox = new SupplyListPage(officer);
        assertThat(inbox.inbox()).contains(caseNumber + " triageReport");
        SupplyCasePage officerView = inbox.openCase(caseNumber);
        officerView = officerView.triage("LARGE", "HIGH", "HIGH");
        assertThat(officerView.messages()).contains("評価を記録しました。");
        officerView = officerView.decideFurtherAction(true, "代替品の供給余力が限られるため対応を検討されたい");
        assertThat(officerView.state()).isEqualTo("対応検討の依頼中");
        assertThat(officerView.hasForm("triageForm")).isFalse();

        // maker-a decides to continue supply
        supplyCase = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber);
        assertThat(supplyCase.waitingFor()).contains("対応の検討");
        supplyCase = supplyCase.continueSupply();
        assertThat(supplyCase.state()).isEqualTo("代替品等の調整中");
        assertThat(supplyCase.hasForm("consentForm")).isTrue();

        // officer1 closes the case after confirming
        officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber).close("RESOLVED");
        assertThat(officerView.state()).isEqualTo("終結");
        assertThat(officerView.messages()).contains("案件を終結しました。");
        assertThat(officerView.waitingFor()).isEmpty();
        assertThat(officerView.historyActions()).containsExactly("supply-case.closed", "supply-case.supply-continued",
                "supply-case.further-action-decided", "supply-case.triaged", "supply-case.report-filed",
                "supply-case.attachment-added", "supply-case.opened");
        assertThat(officerView.attachmentNames()).containsExactly(pdf.getFileName().toString());

        // another maker: the case page and its attachment are simply not there
        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        makerB.get(download);
        assertThat(makerB.findElement(By.id("errorTitle")).getText()).contains("404");
    }

    @Test
    void aTerminationWithSmallImpactEndsWithTheSimpleReportAndTheNotice(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String product = "終了予定カテーテル " + run;
        String caseNumber = openThroughApi(firstReport(product, "TERMINATION"));

        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        SupplyListPage inbox = SupplyListPage.open(officer, TestServers.BASE_URL);
        assertThat(inbox.inbox()).as("the API started flow B").contains(caseNumber + " triageReport");
        SupplyCasePage officerView = inbox.openCase(caseNumber).triage("SMALL", "LOW", "LOW");
        assertThat(officerView.state()).isEqualTo("供給終了の手続中");

        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        SupplyCasePage supplyCase = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber);
        SupplyReportPage form = supplyCase.fileReport();
        assertThat(form.title()).contains("簡易報告");
        assertThat(form.isMarkedRequired("expectedRecoveryOrEndDate")).isTrue();
        assertThat(form.isMarkedRequired("startDate")).isFalse();
        completeReport(form).file();
        supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.waitingFor()).contains("様式10-3");

        // the notice starts from the simple report: nothing to type again
        form = supplyCase.fileReport();
        assertThat(form.title()).contains("様式10-3");
        form.file();
        supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.state()).isEqualTo("供給終了届出済み");
        assertThat(supplyCase.versionCount()).isEqualTo(3);

        officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber).close("TERMINATED");
        assertThat(officerView.state()).isEqualTo("終結");
        assertThat(officer.findElement(By.id("closeReason")).getText()).isEqualTo("供給終了");
        assertThat(officerView.waitingFor()).isEmpty();
    }

    @Test
    void aPublishedCaseIsOnThePublicListWithoutLogin(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String product = "公表カテーテル " + run;
        String caseNumber = openThroughApi(firstReport(product, "SHORTAGE"));

        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        SupplyCasePage officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber);
        assertThat(officerView.publicationState()).contains("掲載されていません");
        officerView = officerView.publish(true);
        assertThat(officerView.publicationState()).contains("製造販売業者名を表示");

        WebDriver anyone = browser();
        PublicSupplyPage list = PublicSupplyPage.open(anyone, TestServers.BASE_URL);
        assertThat(anyone.getCurrentUrl()).as("no login").contains("/public/supply.xhtml");
        assertThat(list.rows()).contains(product + " | 欠品 | デモ医療機器株式会社A");

        officerView.withdraw();
        assertThat(PublicSupplyPage.open(anyone, TestServers.BASE_URL).rows()).noneMatch(row -> row.startsWith(product));
    }

    @Test
    void withoutConsentNoStockRequestReachesTheMakersOfAlternatives(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String caseNumber = openThroughApi(firstReport("同意なしカテーテル " + run, "SHORTAGE"));
        fileThroughApi(caseNumber, additionalReport("同意なしカテーテル " + run));

        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        SupplyCasePage officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber)
                .triage("LARGE", "HIGH", "MEDIUM").decideFurtherAction(true, "対応を検討されたい");

        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        SupplyCasePage supplyCase = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber).continueSupply().consent(false);
        assertThat(supplyCase.messages()).contains("代替品の製造販売業者には照会されません");
        assertThat(supplyCase.hasForm("consentForm")).isFalse();

        officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber);
        assertThat(officerView.hasForm("stockForm")).isFalse();
        assertThat(officerView.waitingFor()).contains("業界団体への支援依頼").doesNotContain("在庫・生産情報");

        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        assertThat(SupplyListPage.open(makerB, TestServers.BASE_URL).inbox()).noneMatch(row -> row.startsWith(caseNumber));
    }

    @Test
    void anotherMakerGetsNotFoundForTheCasePageAndTheApi(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String caseNumber = openThroughApi(firstReport("他社カテーテル " + run, "INSTABILITY"));

        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        makerB.get(TestServers.BASE_URL + "/supply/case.xhtml?case=" + caseNumber);
        assertThat(makerB.findElement(By.id("errorTitle")).getText()).contains("404");
        assertThat(makerB.getPageSource()).doesNotContain("他社カテーテル");
        makerB.get(TestServers.BASE_URL + "/supply/case.xhtml?case=SC-2000-999999");
        assertThat(makerB.findElement(By.id("errorTitle")).getText()).contains("404");
        assertThat(SupplyListPage.open(makerB, TestServers.BASE_URL).caseNumbers()).doesNotContain(caseNumber);

        assertThat(ApiIT.get("/api/supply-cases/" + caseNumber, Tokens.accessToken("maker-b")).statusCode()).isEqualTo(404);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    private WebDriver browser() {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        return driver;
    }

    private WebDriver logIn(String user, String home) {
        WebDriver driver = browser();
        driver.get(TestServers.BASE_URL + home);
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        return driver;
    }

    /** Fills what an additional, simple report or 10-3 requires (the product and contact come from before). */
    private static SupplyReportPage completeReport(SupplyReportPage form) {
        return form.type("approvalNumber", "30200BZX00001000").type("jmdnCode", "35094000").choose("deviceClass", "CLASS_IV")
                .type("affectedLots", "DC-A-100").type("lotNumber", "LOT2026-04").type("lotQuantity", "1200")
                .choose("cause", "RAW_MATERIAL").type("causeDetail", "樹脂の供給停止")
                .date("startDate", "2026-04-01").date("expectedRecoveryOrEndDate", "2026-09-30")
                .type("stockOnHand", "3000").type("stockMonths", "2.5").type("monthlyDemand", "1200")
                .type("marketSharePercent", "35")
                .type("alternatives", "デモカテーテルB").type("alternativeMaker", "デモ医療機器株式会社B")
                .type("alternativeMakerCode", "MAKER-B")
                .choose("assessedImpact", "LARGE").type("impactReasoning", "代替品の供給余力が限られるため")
                .type("informationGiven", "学会・主要医療機関へ通知");
    }

    private static String firstReport(String product, String kind) {
        return """
                {"productName": "%s", "disruptionKind": "%s",
                 "contact": {"name": "山田 太郎", "phone": "03-0000-0000"}}""".formatted(product, kind);
    }

    private static String additionalReport(String product) {
        return """
                {"kind": "ADDITIONAL", "report": {
                  "productName": "%s", "approvalNumber": "30200BZX00001000", "jmdnCode": "35094000",
                  "deviceClass": "CLASS_IV", "affectedLots": [{"model": "DC-A-100", "lotNumber": "LOT2026-04", "quantity": 1200}],
                  "disruptionKind": "SHORTAGE", "cause": {"category": "RAW_MATERIAL", "detail": "樹脂の供給停止"},
                  "startDate": "2026-04-01", "expectedRecoveryOrEndDate": "2026-09-30", "stockOnHand": 3000, "stockMonths": 2.5,
                  "monthlyDemand": 1200, "marketSharePercent": 35,
                  "alternatives": [{"productName": "デモカテーテルB", "makerName": "デモ医療機器株式会社B", "makerOrganisationCode": "MAKER-B"}],
                  "assessedImpact": "LARGE", "impactReasoning": "代替品の供給余力が限られるため",
                  "informationGiven": "学会・主要医療機関へ通知",
                  "contact": {"name": "山田 太郎", "department": "品質保証部", "phone": "03-0000-0000"}}}""".formatted(product);
    }

    private static String openThroughApi(String json) throws Exception {
        HttpResponse<String> response = post("/api/supply-cases", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject().getString("caseNumber");
    }

    private static void fileThroughApi(String caseNumber, String json) throws Exception {
        HttpResponse<String> response = post("/api/supply-cases/" + caseNumber + "/reports", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.accessToken("maker-a"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

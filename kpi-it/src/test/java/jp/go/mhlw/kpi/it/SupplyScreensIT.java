package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
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
import jp.go.mhlw.kpi.it.pages.TaskListPage;
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
    void theReportFormListsTheRequiredFieldsStillEmptyAndWarnsBeforeLeavingUnsavedWork(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        maker.get(TestServers.BASE_URL + "/manufacturer/supply-report.xhtml");
        SupplyReportPage form = new SupplyReportPage(maker);

        // a first report: the summary lists the three fields it requires, in form order, none filled yet
        assertThat(form.missingRequired()).containsExactly("productName", "disruptionKind", "contact");
        assertThat(form.progress()).contains("3").contains("0");
        assertThat(form.wouldWarnBeforeLeaving()).as("nothing typed yet").isFalse();

        // a field leaves the list once it is filled (on leaving it, without a submit), and the page now warns
        form.type("productName", "進み具合カテーテル " + run).leaveField();
        assertThat(form.missingRequired()).containsExactly("disruptionKind", "contact");
        assertThat(form.wouldWarnBeforeLeaving()).as("typed, not saved").isTrue();

        // the link takes the keyboard to the field, whose help (from the form's notes) is read with it
        assertThat(form.followMissing("contact")).isEqualTo("reportForm:contact");
        assertThat(form.description("reportForm:contact")).contains("電話番号");
        // a contact counts once it can be reached: a name alone is not enough
        form.type("contact", "山田 太郎").leaveField();
        assertThat(form.missingRequired()).contains("contact");
        form.type("contactPhone", "03-0000-0000").leaveField();
        assertThat(form.missingRequired()).containsExactly("disruptionKind");

        // saving the draft posts the form: nothing is left to lose
        form.saveDraft();
        form = new SupplyReportPage(maker);
        assertThat(form.messages()).contains("下書きを保存しました");
        assertThat(form.missingRequired()).containsExactly("disruptionKind");
        assertThat(form.wouldWarnBeforeLeaving()).isFalse();
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
        // the flow's diagram marks the step, and says it in words
        assertThat(supplyCase.currentStep()).startsWith("現在のステップ:").contains(supplyCase.waitingFor());
        assertThat(supplyCase.highlightedSteps()).containsExactly("fileAdditionalReport");

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
        assertThat(form.messages()).contains("PDF または Excel").contains("10MB");
        assertThat(form.value("jmdnCode")).isEqualTo("35094000");
        form = form.attach(pdf);
        assertThat(form.attachments()).containsExactly(pdf.getFileName().toString());
        form.file();
        supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.state()).isEqualTo("厚生労働省で評価中");
        assertThat(supplyCase.versionCount()).isEqualTo(2);
        assertThat(supplyCase.attachmentNames()).containsExactly(pdf.getFileName().toString());
        assertThat(supplyCase.coverage("coverageOwnMonths")).as("the coverage block is the ministry's").isNull();
        String download = supplyCase.attachmentLinks().get(0);

        // the maker's home counts its own cases per state; the count under triage opens its list filtered by it
        maker.get(TestServers.BASE_URL + "/manufacturer/index.xhtml");
        HomePage makerHome = new HomePage(maker);
        int makersUnderTriage = makerHome.supplyStates().getOrDefault("UNDER_TRIAGE", 0);
        assertThat(makersUnderTriage).as(makerHome.supplyStates().toString()).isPositive();
        makerHome.followSupplyState("UNDER_TRIAGE");
        SupplyListPage makersTriage = new SupplyListPage(maker);
        assertThat(makersTriage.totalRecords()).as("the list behind the count").isEqualTo(makersUnderTriage);
        assertThat(makersTriage.shownStates()).isNotEmpty().containsOnly("UNDER_TRIAGE");
        assertThat(makersTriage.caseNumbers()).contains(caseNumber);

        // officer1: the case is in the inbox; triage, then ask the maker to consider a response
        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        // the officer's home counts the cases per state; the count under triage opens the list filtered by it
        HomePage officerHome = new HomePage(officer);
        int underTriage = officerHome.supplyStates().getOrDefault("UNDER_TRIAGE", 0);
        assertThat(underTriage).as(officerHome.supplyStates().toString()).isPositive();
        officerHome.followSupplyState("UNDER_TRIAGE");
        SupplyListPage triage = new SupplyListPage(officer);
        assertThat(triage.totalRecords()).as("the list behind the count").isEqualTo(underTriage);
        assertThat(triage.shownStates()).isNotEmpty().containsOnly("UNDER_TRIAGE");
        assertThat(triage.caseNumbers()).contains(caseNumber);
        officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
        new HomePage(officer);

        officer.findElement(By.cssSelector("#homeLinks a[id$='toSupply']")).click();
        SupplyListPage inbox = new SupplyListPage(officer);
        assertThat(inbox.inbox()).contains(caseNumber + " triageReport");
        // coverage at a glance: 3,000 units at 1,200 a month is 2.5 months; no maker of an alternative asked yet
        assertThat(inbox.coverageOf(caseNumber)).isEqualTo("自社在庫 2.5か月/代替品 不明");
        assertLeastCoveredFirst(inbox.sortByCoverage());
        SupplyCasePage officerView = inbox.openCase(caseNumber);
        assertThat(officerView.coverage("coverageOwnMonths")).isEqualTo("2.5か月");
        assertThat(officerView.coverage("coverageStock")).isEqualTo("3,000");
        assertThat(officerView.coverage("coverageDemand")).isEqualTo("1,200");
        assertThat(officerView.coverage("coverageCapacityShare")).isEqualTo("不明");
        assertThat(officerView.coverage("coverageAlternativeMonths")).isEqualTo("不明");
        assertThat(officerView.coverage("coverageNotAnswered")).isEqualTo("—");
        // the API gives the officer the same figures, unrounded; the manufacturer does not get them
        assertThat(coverageThroughApi(caseNumber, "officer1").getJsonNumber("ownMonths").bigDecimalValue())
                .isEqualByComparingTo("2.5");
        assertThat(coverageThroughApi(caseNumber, "maker-a")).isNull();
        officerView = officerView.triage("LARGE", "HIGH", "HIGH");
        assertThat(officerView.messages()).contains("評価を記録しました。");
        officerView = officerView.decideFurtherAction(true, "代替品の供給余力が限られるため対応を検討されたい");
        assertThat(officerView.state()).isEqualTo("対応検討の依頼中");
        assertThat(officerView.hasForm("triageForm")).isFalse();

        // maker-a decides to continue supply
        supplyCase = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber);
        assertThat(supplyCase.waitingFor()).contains("対応の検討");
        assertThat(supplyCase.currentStep()).contains("対応の検討");
        assertThat(supplyCase.highlightedSteps()).containsExactly("considerResponse");
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
        assertThat(officerView.historyActionNames()).first().isEqualTo("案件の終了");
        assertThat(officerView.historyActionNames()).last().isEqualTo("案件の受付");
        assertThat(officerView.attachmentNames()).containsExactly(pdf.getFileName().toString());

        // another maker: the case page and its attachment are simply not there
        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        makerB.get(download);
        assertThat(makerB.findElement(By.id("errorTitle")).getText()).contains("404");
    }

    @Test
    void aDoubleClickOnFileSendsTheReportOnce(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String caseNumber = openThroughApi(firstReport("二度押しカテーテル " + run, "SHORTAGE"));
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        SupplyReportPage form = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber).fileReport();
        completeReport(form);

        // the second click finds the form held: one post and one new version
        assertThat(form.fileWithDoubleClick()).as("posts sent").isEqualTo(1);
        SupplyCasePage supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.state()).isEqualTo("厚生労働省で評価中");
        assertThat(supplyCase.versionCount()).isEqualTo(2);
        assertThat(versionsThroughApi(caseNumber)).as("versions stored").isEqualTo(2);
        // the status the layout fills while a page is posted, with its text from the bundle
        assertThat(maker.findElement(By.id("kpiBusy")).getAttribute("data-working")).isEqualTo("処理中…");
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
        completeReport(form);
        // a date that is no day is refused at its field with the forms accepted, and nothing is filed; the dates
        // typed in the Japanese forms were read as their days
        form.date("expectedRecoveryOrEndDate", "2026/9/31").file();
        form = new SupplyReportPage(maker);
        assertThat(form.messages()).contains("「2026/9/31」は日付として読めません").contains("2025/1/31", "令和7年1月31日");
        assertThat(form.isDateRefused("expectedRecoveryOrEndDate")).isTrue();
        assertThat(form.dateShown("startDate")).isEqualTo("2026-04-01");
        form.date("expectedRecoveryOrEndDate", "R8.9.30").file();
        supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.waitingFor()).contains("様式10-3");

        // the notice starts from the simple report: nothing to type again, the dates stored as the days typed
        form = supplyCase.fileReport();
        assertThat(form.title()).contains("様式10-3");
        assertThat(form.dateShown("startDate")).isEqualTo("2026-04-01");
        assertThat(form.dateShown("expectedRecoveryOrEndDate")).isEqualTo("2026-09-30");
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
    void theTriageNoteAndTheStockAnswerAreOnTheTimelineOfThoseWhoMayReadThem(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String caseNumber = openThroughApi(firstReport("経過カテーテル " + run, "SHORTAGE"));
        fileThroughApi(caseNumber, additionalReport("経過カテーテル " + run));
        String note = "在庫2.5か月分 " + run;

        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        SupplyCasePage officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber)
                .triage("LARGE", "HIGH", "MEDIUM", note).decideFurtherAction(true, "代替品の供給余力を確認されたい");
        assertThat(officerView.timelineValues("TRIAGED")).containsExactly(List.of("大きい", "高", "中", note));
        assertThat(officerView.timelineAuthors("TRIAGED")).singleElement().asString().startsWith("officer1 ")
                .doesNotContain("MHLW-");

        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        SupplyCasePage makerView = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber).continueSupply().consent(true);
        assertThat(makerView.timelineValues("TRIAGED")).as("the reporting maker reads MHLW's triage with its note")
                .containsExactly(List.of("大きい", "高", "中", note));
        assertThat(makerView.timelineValues("FURTHER_ACTION_DECIDED"))
                .containsExactly(List.of("はい", "代替品の供給余力を確認されたい"));

        SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber).requestStock("MAKER-B");
        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        SupplyListPage.open(makerB, TestServers.BASE_URL).answerStockRequest(caseNumber, 2000, 300, "社外秘 " + run, false);

        officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber);
        assertThat(officerView.timelineValues("STOCK_ANSWERED")).singleElement().asList()
                .contains("2,000", "300", "社外秘 " + run, "いいえ");
        makerView = SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber);
        assertThat(makerView.timelineValues("STOCK_ANSWERED")).as("not shared with the reporting maker").singleElement()
                .asList().contains("非開示(回答した製造販売業者が開示に同意していません)")
                .doesNotContain("2,000", "300", "社外秘 " + run);
        assertThat(maker.getPageSource()).doesNotContain("社外秘 " + run);

        // the API gives the reporting maker the same: the triage note, the answer without its figures
        JsonObject viaApi = Json.createReader(new StringReader(getAsMakerA("/api/supply-cases/" + caseNumber).body()))
                .readObject();
        List<JsonObject> timeline = viaApi.getJsonArray("timeline").getValuesAs(JsonObject.class);
        assertThat(timeline).filteredOn(entry -> entry.getString("event").equals("TRIAGED")).singleElement()
                .satisfies(triage -> assertThat(triage.getJsonArray("details").getValuesAs(JsonObject.class))
                        .extracting(detail -> detail.getString("valueJa")).contains(note));
        assertThat(timeline).filteredOn(entry -> entry.getString("event").equals("STOCK_ANSWERED")).singleElement()
                .satisfies(answer -> assertThat(answer.getJsonArray("details").getValuesAs(JsonObject.class))
                        .extracting(detail -> detail.getString("field")).contains("ANSWER_WITHHELD")
                        .doesNotContain("STOCK_ON_HAND", "ANSWER_NOTE"));
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

    @Test
    void eachSupplyTaskSaysItsCaseAndDueDateAndLinksToItsCase(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String first = openThroughApi(firstReport("タスク一覧カテーテル1 " + run, "SHORTAGE"));
        String second = openThroughApi(firstReport("タスク一覧カテーテル2 " + run, "SHORTAGE"));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Tokyo"));

        // maker-a: the home lists the report due next in each case
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        assertThat(maker.findElements(By.cssSelector("[id='nextReports'] .kpi-next-report-case")))
                .extracting(org.openqa.selenium.WebElement::getText).contains(first, second);

        // one task row per case, each with its case number, product, due date and link
        TaskListPage tasks = TaskListPage.open(maker, TestServers.BASE_URL).filterBySubject(run);
        List<TaskListPage.Row> rows = tasks.rows();
        assertThat(rows).extracting(TaskListPage.Row::caseNumber).containsExactlyInAnyOrder(first, second);
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.step()).isEqualTo("fileAdditionalReport");
            assertThat(row.subject()).startsWith(row.caseNumber() + " タスク一覧カテーテル").contains(run);
            assertThat(LocalDate.parse(row.due())).as("due by the deadline rule, from today").isAfter(today);
            assertThat(row.href()).endsWith("/supply/case.xhtml?case=" + row.caseNumber());
        });
        assertThat(rows).extracting(TaskListPage.Row::subject).doesNotHaveDuplicates();

        TaskListPage.Row row = rows.get(0);
        tasks.follow(row);
        SupplyCasePage supplyCase = new SupplyCasePage(maker);
        assertThat(supplyCase.title()).contains(row.caseNumber());
        assertThat(supplyCase.waitingFor()).contains("追加報告");

        // the holder sets a follow-up date; the due date stays the flow's
        tasks = TaskListPage.open(maker, TestServers.BASE_URL).filterBySubject(row.caseNumber()).claimOnly();
        String followUp = today.plusDays(3).toString();
        tasks = tasks.setFollowUpOfOnly(followUp);
        assertThat(tasks.messages()).contains("フォローアップ日を設定しました");
        TaskListPage.Row claimed = tasks.filterBySubject(row.caseNumber()).rows().get(0);
        assertThat(claimed.followUp()).isEqualTo(followUp);
        assertThat(claimed.due()).isEqualTo(row.due());

        // another maker sees neither case among its tasks
        WebDriver makerB = logIn("maker-b", "/manufacturer/index.xhtml");
        assertThat(TaskListPage.open(makerB, TestServers.BASE_URL).rows()).extracting(TaskListPage.Row::caseNumber)
                .doesNotContain(first, second);
        assertThat(makerB.getPageSource()).doesNotContain("タスク一覧カテーテル1 " + run);
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The coverage column top down: months of own supply ascending, "unknown" only after every known one. */
    private static void assertLeastCoveredFirst(List<String> column) {
        List<java.math.BigDecimal> known = new ArrayList<>();
        boolean unknownSeen = false;
        for (String cell : column) {
            java.util.regex.Matcher months = java.util.regex.Pattern.compile("自社在庫 ([0-9.]+)か月").matcher(cell);
            if (months.find()) {
                assertThat(unknownSeen).as("a known coverage after an unknown one: " + column).isFalse();
                known.add(new java.math.BigDecimal(months.group(1)));
            } else {
                unknownSeen = true;
            }
        }
        assertThat(known).as("least covered first").isSortedAccordingTo(java.math.BigDecimal::compareTo);
    }

    /** The case's coverage as the API gives it to the user; null when it gives none. */
    private static jakarta.json.JsonObject coverageThroughApi(String caseNumber, String user) throws Exception {
        HttpResponse<String> response = ApiIT.get("/api/supply-cases/" + caseNumber, Tokens.accessToken(user));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        jakarta.json.JsonObject supplyCase = Json.createReader(new StringReader(response.body())).readObject();
        return supplyCase.containsKey("coverage") && !supplyCase.isNull("coverage") ? supplyCase.getJsonObject("coverage")
                : null;
    }

    /** How many report versions the case has as the API gives them to its manufacturer. */
    private static int versionsThroughApi(String caseNumber) throws Exception {
        HttpResponse<String> response = getAsMakerA("/api/supply-cases/" + caseNumber);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.createReader(new StringReader(response.body())).readObject().getJsonArray("versions").size();
    }

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

    /**
     * Fills what an additional, simple report or 10-3 requires (the product and contact come from before); the dates
     * typed as people write them: 2026-04-01 and 2026-09-30.
     */
    private static SupplyReportPage completeReport(SupplyReportPage form) {
        return form.type("approvalNumber", "30200BZX00001000").type("jmdnCode", "35094000").choose("deviceClass", "CLASS_IV")
                .type("affectedLots", "DC-A-100").type("lotNumber", "LOT2026-04").type("lotQuantity", "1200")
                .choose("cause", "RAW_MATERIAL").type("causeDetail", "樹脂の供給停止")
                .date("startDate", "令和8年4月1日").date("expectedRecoveryOrEndDate", "2026/9/30")
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

    private static HttpResponse<String> getAsMakerA(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Authorization", "Bearer " + Tokens.accessToken("maker-a")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.accessToken("maker-a"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package jp.go.mhlw.kpi.it;

import static jp.go.mhlw.kpi.it.CycleRun.anonymousGet;
import static jp.go.mhlw.kpi.it.CycleRun.awaitDraftReportTask;
import static jp.go.mhlw.kpi.it.CycleRun.awaitTasks;
import static jp.go.mhlw.kpi.it.CycleRun.confirm;
import static jp.go.mhlw.kpi.it.CycleRun.cycleId;
import static jp.go.mhlw.kpi.it.CycleRun.json;
import static jp.go.mhlw.kpi.it.CycleRun.logIn;
import static jp.go.mhlw.kpi.it.CycleRun.printedFigures;
import static jp.go.mhlw.kpi.it.CycleRun.requestsByOrganisation;
import static jp.go.mhlw.kpi.it.CycleRun.review;
import static jp.go.mhlw.kpi.it.CycleRun.roleOf;
import static jp.go.mhlw.kpi.it.CycleRun.send;
import static jp.go.mhlw.kpi.it.CycleRun.submission;
import static jp.go.mhlw.kpi.it.CycleRun.text;
import static jp.go.mhlw.kpi.it.CycleRun.versions;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.R5ThemeFixture;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyFixture;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleOpeningPage;
import jp.go.mhlw.kpi.it.pages.FigureLineagePanel;
import jp.go.mhlw.kpi.it.pages.ReviewPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * R5 (FY2023) run end to end on PostgreSQL: against the printed R4 history, the secretariat opens the year for the 20
 * hubs, AMED, the ministry divisions and the JFMDA survey; every body's system submits the data that gives the
 * committee's R5 tables (docs/domain.md §5) through the API with its own Keycloak account; a ministry officer approves
 * each; the cycle aggregates; the committee reviews the draft; the secretariat publishes; and anyone reads the
 * figures back from the public CSV.
 */
@ExtendWith(ArquillianExtension.class)
class WholeCycleIT {

    private static final int FISCAL_YEAR = 2023;
    /** Courses per training category 1–6 and their participants, as R5 printed them. */
    private static final int[] R5_COURSES = {13, 17, 12, 10, 6, 2};
    private static final int[] R5_PARTICIPANTS = {770, 653, 724, 208, 428, 29};
    private static final int HUBS = 20;

    private WebDriver driver;
    private String testName;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @BeforeEach
    void startBrowser(TestInfo info) {
        driver = Browser.start();
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void stopBrowser() {
        Browser.screenshot(driver, testName);
        driver.quit();
    }

    @Test
    void r5IsCollectedFromEveryBodyAggregatedReviewedAndPublished() throws Exception {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        logIn(driver, "secretariat1");
        // R4 exists only as printed: it becomes the history R5 is compared with
        driver.get(TestServers.BASE_URL + "/catalogue/published.xhtml?plan=PLAN-2&year=2022");
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='adopt']"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "推移に登録しました"));

        driver.get(TestServers.BASE_URL + "/cycle/open.xhtml");
        new CycleOpeningPage(driver).fiscalYear(FISCAL_YEAR).due(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60)).open();
        long cycle = cycleId(FISCAL_YEAR);
        Map<String, Long> requests = requestsByOrganisation(cycle);
        List<String> hubs = requests.keySet().stream().filter(code -> code.startsWith("HUB-")).sorted().toList();
        assertThat(hubs).hasSize(HUBS);
        assertThat(requests).containsKeys("AMED", "JFMDA-SURVEY", "MHLW-KIKI", "METI-HEALTHCARE", "MEXT");
        awaitTasks(FISCAL_YEAR, "submitReport", requests.size(), Duration.ofSeconds(120));

        // every body's own account, as the administrator would have invited it
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String organisation : requests.keySet()) {
            String user = "r5-" + organisation.toLowerCase();
            keycloak.reporter(user, organisation, roleOf(organisation));
            tokens.put(organisation, Tokens.accessToken(user));
        }

        // a body's system finds its own request, and only its own
        JsonArray listed = json(send("GET", CycleRun.REQUESTS, tokens.get(hubs.get(0)), null)).asJsonArray();
        assertThat(listed).extracting(request -> request.asJsonObject().getString("organisation")).containsOnly(hubs.get(0));
        assertThat(listed).extracting(request -> request.asJsonObject().getJsonNumber("id").longValue())
                .contains(requests.get(hubs.get(0)));
        // a page at a time: the count of the whole list in a header, the next page linked while requests are left
        HttpResponse<String> onePage = send("GET", CycleRun.REQUESTS + "?size=1", tokens.get(hubs.get(0)), null);
        assertThat(json(onePage).asJsonArray()).hasSize(1);
        assertThat(onePage.headers().firstValue("X-Total-Count")).contains(Integer.toString(listed.size()));
        assertThat(onePage.headers().firstValue("Link").isPresent()).isEqualTo(listed.size() > 1);
        assertThat(send("GET", CycleRun.REQUESTS + "?size=201", tokens.get(hubs.get(0)), null).statusCode())
                .isEqualTo(400);
        // another hub's request does not exist for it; a template of another kind is refused; nothing is stored
        HttpResponse<String> foreign = send("POST", versions(requests.get(hubs.get(1))), tokens.get(hubs.get(0)),
                submission(hubReport(1)));
        assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(404);
        HttpResponse<String> wrongTemplate = send("POST", versions(requests.get("AMED")), tokens.get("AMED"),
                submission(hubReport(0)));
        assertThat(wrongTemplate.statusCode()).as(wrongTemplate.body()).isEqualTo(409);
        // an error is named at its field and blocks the version
        HttpResponse<String> incomplete = send("POST", versions(requests.get(hubs.get(0))), tokens.get(hubs.get(0)),
                submission(withoutCooperation(hubReport(0))));
        assertThat(incomplete.statusCode()).as(incomplete.body()).isEqualTo(422);
        assertThat(json(incomplete).asJsonObject().getJsonArray("errors"))
                .extracting(error -> error.asJsonObject().getString("field")).containsExactly("cooperationWithOtherHubs");
        // documents no submission can be: named in a 400
        HttpResponse<String> notAnObject = send("POST", versions(requests.get(hubs.get(0))), tokens.get(hubs.get(0)), "[]");
        assertThat(notAnObject.statusCode()).as(notAnObject.body()).isEqualTo(400);
        HttpResponse<String> textForANumber = send("POST", versions(requests.get(hubs.get(0))), tokens.get(hubs.get(0)),
                "{\"content\":{\"format\":1,\"kind\":\"HUB_REPORT\",\"cooperationWithOtherHubs\":\"five\"}}");
        assertThat(textForANumber.statusCode()).isEqualTo(400);
        assertThat(json(textForANumber).asJsonObject().getString("message"))
                .contains("cooperationWithOtherHubs must be a number");

        for (String organisation : requests.keySet()) {
            SubmissionContent content = switch (roleOf(organisation)) {
                case "hub-reporter" -> hubReport(hubs.indexOf(organisation));
                case "amed-reporter" -> AmedThemeContent.of(R5ThemeFixture.themes());
                case "survey-reporter" -> MemberSurveyContent.of(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1),
                        SurveyFixture.r5());
                default -> ministryReport(organisation);
            };
            HttpResponse<String> submitted = send("POST", versions(requests.get(organisation)), tokens.get(organisation),
                    submission(content));
            assertThat(submitted.statusCode()).as(organisation + ": " + submitted.body()).isEqualTo(201);
            assertThat(json(submitted).asJsonObject().getInt("version")).isEqualTo(1);
            assertThat(json(submitted).asJsonObject().getString("requestState")).isEqualTo("SUBMITTED");
        }
        awaitTasks(FISCAL_YEAR, "reviewSubmission", requests.size(), Duration.ofSeconds(120));

        // the reporter cannot approve its own work
        assertThat(send("POST", review(requests.get("AMED"), 1, "approval"), tokens.get("AMED"), "{}").statusCode())
                .isEqualTo(403);
        // the officer returns the first hub's report (a comment is required), the hub submits version 2
        String officer = Tokens.accessToken("officer1");
        long returnedRequest = requests.get(hubs.get(0));
        HttpResponse<String> noReason = send("POST", review(returnedRequest, 1, "return"), officer, "{\"comment\":\" \"}");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        HttpResponse<String> returned = send("POST", review(returnedRequest, 1, "return"), officer,
                "{\"comment\":\"臨床の件数を確認してください。\"}");
        assertThat(json(returned).asJsonObject().getString("requestState")).isEqualTo("RETURNED");
        HttpResponse<String> resubmitted = send("POST", versions(returnedRequest), tokens.get(hubs.get(0)),
                submission(hubReport(0)));
        assertThat(json(resubmitted).asJsonObject().getInt("version")).as(resubmitted.body()).isEqualTo(2);
        awaitTasks(FISCAL_YEAR, "reviewSubmission", requests.size(), Duration.ofSeconds(60));

        // the officer approves every body's latest version
        for (Map.Entry<String, Long> request : requests.entrySet()) {
            int latest = request.getValue() == returnedRequest ? 2 : 1;
            HttpResponse<String> approved = send("POST", review(request.getValue(), latest, "approval"), officer,
                    "{\"comment\":\"確認済み\"}");
            assertThat(approved.statusCode()).as(request.getKey() + ": " + approved.body()).isEqualTo(200);
            assertThat(json(approved).asJsonObject().getString("requestState")).isEqualTo("APPROVED");
        }

        // every request settled: the cycle aggregates in the background, then waits for the draft report
        awaitDraftReportTask(cycle, Duration.ofSeconds(120));

        String report = "/cycle/report.xhtml?cycle=" + cycle;
        driver.get(TestServers.BASE_URL + report);
        String lines = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='lines']"))).getText();
        // the table's first page: R5's participants beside R4's two-year figure × 1/2, and their ratio
        assertThat(lines).contains("医療従事者育成研修 770 594").contains("1.3倍");
        // a figure opens its lineage: every hub's approved version by request number (the returned hub's version 2),
        // as text: the review page is the officers', the secretariat would be refused it
        String secondVersion = "依頼 " + returnedRequest + " 第2版";
        FigureLineagePanel participants = FigureLineagePanel.open(driver, "lines", "医療従事者育成研修 770 594");
        assertThat(participants.count()).isEqualTo(HUBS + " 件の提出");
        assertThat(participants.submissions()).hasSize(HUBS).anySatisfy(s -> assertThat(s).startsWith(secondVersion))
                .noneSatisfy(s -> assertThat(s).startsWith("依頼 " + returnedRequest + " 第1版"));
        assertThat(participants.links()).isEmpty();
        assertThat(participants.normalisation()).isEqualTo("なし（報告期間は1年度）");
        assertThat(participants.formula()).isEqualTo("提出された件数の合計（770）");
        // goal 9's listings have no value: listed with the reason instead of a figure
        assertThat(driver.findElement(By.id("missingFigures")).getText()).contains("G9-NOVEL-ITEM-LISTINGS")
                .contains("MHLW-IRYO");
        // every body this cycle asked is approved, so none is missing: not even a division it never asked
        assertThat(driver.findElements(By.cssSelector("#missing li"))).isEmpty();
        assertThat(driver.findElement(By.cssSelector("[id$='noMissing']")).isDisplayed()).isTrue();
        assertThat(text("SELECT status FROM follow_up_cycle WHERE id = " + cycle)).isEqualTo("REVIEWING");
        // the ministries' progress reports are offered as the narrative of their goal
        assertThat(driver.findElements(By.cssSelector("textarea[id$=':narrative']")))
                .extracting(area -> area.getAttribute("value"))
                .anySatisfy(narrative -> assertThat(narrative).contains("】MHLW-KIKI の施策は計画どおり進捗した。")
                        .contains("】MEXT の施策は計画どおり進捗した。"));
        driver.findElement(By.cssSelector("textarea[id$=':0:narrative']")).sendKeys("研修の受講者は医療従事者で増加した。");
        confirm(wait, "prepareDraft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "審議中"));

        WebDriver member = Browser.start();
        try {
            logIn(member, "committee1");
            member.get(TestServers.BASE_URL + report);
            WebDriverWait memberWait = new WebDriverWait(member, Duration.ofSeconds(30));
            memberWait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='commentBody']")))
                    .sendKeys("ベンチャーの増加を評価する。");
            member.findElement(By.cssSelector("[id$='addComment']")).click();
            memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='comments']"),
                    "ベンチャーの増加を評価する。"));
            assertThat(member.findElements(By.cssSelector("[id$='prepareDraft']"))).isEmpty();
            assertThat(member.findElements(By.cssSelector("[id$='recordReview']"))).isEmpty();

            WebElement date = driver.findElement(By.cssSelector("[id$='meetingDate_input']"));
            date.clear();
            date.sendKeys("2024-03-15");
            driver.findElement(By.cssSelector("[id$='decisions']")).sendKeys("R6年度の目標案を了承");
            driver.findElement(By.cssSelector("[id$='recordReview']")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "公表待ち"));

            // the committee reads the recorded review but has no way to publish it
            member.get(TestServers.BASE_URL + report);
            memberWait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "公表待ち"));
            assertThat(member.findElements(By.cssSelector("[id$='approvePublication']"))).isEmpty();
            Browser.screenshot(member, testName + "-committee");
        } finally {
            member.quit();
        }
        confirm(wait, "approvePublication");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "公表しました"));

        HttpResponse<String> page = anonymousGet("/public/report.xhtml?cycle=PLAN-2-FY2023&version=1");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("令和5年度").contains("13.3%").contains("2024-03-15")
                .contains("研修の受講者は医療従事者で増加した。").contains("MHLW-KIKI の施策は計画どおり進捗した。")
                .contains("前年度との比較").contains("ratioChart").contains("pointChart")
                // goal 9's listings: the reason instead of a figure
                .contains("値のない省庁のKPI").contains("MHLW-IRYO");
        HttpResponse<String> csv = anonymousGet("/public/download/report.csv?cycle=PLAN-2-FY2023&version=1");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(d -> assertThat(d).contains("kpi-report-PLAN-2-FY2023-v1.csv"));
        Map<String, String> printed = printedFigures(csv.body());
        // ① training participants against R4's two-year figures × 1/2
        assertThat(printed).containsEntry("G1-TRAINING-PARTICIPANTS/HEALTHCARE_PROFESSIONALS/TIMES", "1.3倍")
                .containsEntry("G1-TRAINING-PARTICIPANTS/INDUSTRY/TIMES", "0.9倍")
                .containsEntry("G1-TRAINING-PARTICIPANTS/ACADEMIA/TIMES", "1.2倍")
                .containsEntry("G1-TRAINING-PARTICIPANTS/COORDINATORS/TIMES", "0.6倍")
                .containsEntry("G1-TRAINING-PARTICIPANTS/AI/TIMES", "1.0倍");
        // ② shares of the domestic-capital respondents, and their change since R4
        assertThat(printed).containsEntry("G2-VENTURE-SHARE/TOTAL/PERCENT", "13.3%")
                .containsEntry("G2-VENTURE-SHARE/TOTAL/PERCENTAGE_POINTS", "+5.8 pt")
                .containsEntry("G2-OTHER-INDUSTRY-SHARE/TOTAL/PERCENT", "5.4%")
                .containsEntry("G2-OTHER-INDUSTRY-SHARE/TOTAL/PERCENTAGE_POINTS", "+1.9 pt");
        // ③ the hubs
        assertThat(printed).containsEntry("G3-JOINT-RESEARCH/CLINICAL/COUNT", "41")
                .containsEntry("G3-HUB-COOPERATION/TOTAL/COUNT", "70")
                .containsEntry("G3-HUB-COOPERATION-PER-HUB/TOTAL/AVERAGE", "4.4")
                .containsEntry("G3-PLATFORM-MEMBERSHIP/AI_DATA_USE/PERCENT", "35.0%");
        // ⑥ focus areas: the consistent values where the print was wrong (24.7% not 27.4%, 55.0% not 55.5%)
        assertThat(printed).containsEntry("G6-ADOPTED-THEMES/TOTAL/COUNT", "186")
                .containsEntry("G6-STAGE-UP-RATIO/TOTAL/PERCENT", "24.7%")
                .containsEntry("G6-STAGE-UP-RATIO/FA3/PERCENT", "55.0%")
                .containsEntry("G6-MATURE-THEMES/TOTAL/COUNT", "133")
                .containsEntry("G6-AVERAGE-GRANT/FA2/THOUSAND_YEN", "89,918千円");
        // ⑧⑩ the review division's typed figures as the material gives them; ⑨ typed by nobody: no row, not 0
        assertThat(printed).containsEntry("G8-DEVICE-LAG/TOTAL/AVERAGE", "2.0")
                .containsEntry("G8-REVIEW-LAG/TOTAL/AVERAGE", "0.0")
                .containsEntry("G8-NEW-DEVICE-APPROVALS/TOTAL/COUNT", "19")
                .containsEntry("G8-SAMD-CONSULTATIONS/TOTAL/COUNT", "216")
                .containsEntry("G8-IDATEN-CONFIRMATIONS/TOTAL/COUNT", "7")
                .containsEntry("G10-REFERENCE-COUNTRIES/TOTAL/COUNT", "10")
                .doesNotContainKey("G9-NOVEL-ITEM-LISTINGS/TOTAL/COUNT");

        // the officer follows a figure of the KPI history to a submission behind it, the version it was computed from
        WebDriver officerBrowser = Browser.start();
        try {
            logIn(officerBrowser, "officer1");
            officerBrowser.get(TestServers.BASE_URL + "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=G3-HUB-COOPERATION");
            // each value says how many submissions it was computed from; a row opened lists them (up to 50)
            FigureLineagePanel cooperation = FigureLineagePanel.open(officerBrowser, "values", "令和5年度", "70");
            assertThat(cooperation.sourceCount()).isEqualTo(String.valueOf(HUBS));
            assertThat(cooperation.count()).isEqualTo(HUBS + " 件の提出");
            assertThat(cooperation.links()).hasSize(HUBS);
            assertThat(cooperation.hasLinkToAll()).isFalse();
            // the value's own list of its submissions, a page of 50 at a time, says the same
            String valueId = text("SELECT v.id FROM kpi_value v JOIN kpi k ON v.kpi_id = k.id WHERE v.cycle_id = "
                    + cycle + " AND k.code = 'G3-HUB-COOPERATION' AND v.breakdown = 'TOTAL' AND v.unit = 'COUNT'");
            officerBrowser.get(TestServers.BASE_URL + "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=G3-HUB-COOPERATION&value="
                    + valueId);
            FigureLineagePanel all = FigureLineagePanel.sources(officerBrowser);
            assertThat(all.links()).hasSize(HUBS);
            assertThat(officerBrowser.findElement(By.id("sourcesRange")).getText()).isEqualTo("1〜" + HUBS + "件目（全" + HUBS + "件）");
            assertThat(officerBrowser.findElements(By.cssSelector("#sourcesPages a"))).isEmpty();
            officerBrowser.get(TestServers.BASE_URL + "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=G3-HUB-COOPERATION");
            cooperation = FigureLineagePanel.open(officerBrowser, "values", "令和5年度", "70");
            ReviewPage behind = cooperation.follow(secondVersion);
            assertThat(behind.version()).isEqualTo("2");
            assertThat(officerBrowser.getCurrentUrl()).contains("request=" + returnedRequest).contains("version=2");
        } finally {
            Browser.screenshot(officerBrowser, testName + "-officer");
            officerBrowser.quit();
        }

        // the public reads how many submissions, the normalisation and the formula: no body, no request, no link
        WebDriver visitor = Browser.start();
        try {
            visitor.get(TestServers.BASE_URL + "/public/report.xhtml?cycle=PLAN-2-FY2023&version=1");
            FigureLineagePanel published = FigureLineagePanel.open(visitor, "lines", "医療従事者育成研修 770 594");
            assertThat(published.count()).isEqualTo(HUBS + " 件の提出");
            assertThat(published.submissions()).isEmpty();
            assertThat(published.links()).isEmpty();
            assertThat(published.text()).doesNotContain("依頼");
            assertThat(published.formula()).isEqualTo("提出された件数の合計");
        } finally {
            visitor.quit();
        }
    }

    @Test
    void aManufacturerCannotOpenTheCommitteePage() {
        logIn(driver, "maker-a");
        driver.get(TestServers.BASE_URL + "/cycle/report.xhtml?cycle=2");
        String title = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
        assertThat(title).contains("403");
    }

    // ---- the bodies' data: what gives the committee's R5 tables

    /**
     * Hub {@code index} of 20 (by code): platforms 7 AI / 6 regulatory science / 7 parts and materials; 16 hubs
     * cooperate, 70 agreements; the joint research of all hubs reported by the first; the 60 courses dealt round.
     */
    private static HubReportContent hubReport(int index) {
        Map<Stage, JointResearchInput> joint = new EnumMap<>(Stage.class);
        int[] cases = index == 0 ? new int[] {44, 18, 84, 41} : new int[4];
        for (int stage = 0; stage < 4; stage++) {
            joint.put(HubReportContent.RESEARCH_STAGES.get(stage),
                    new JointResearchInput(cases[stage], cases[stage] == 0 ? null : 3_000L));
        }
        Platform platform = index < 7 ? Platform.AI_DATA_USE
                : index < 13 ? Platform.REGULATORY_SCIENCE : Platform.PARTS_MATERIALS_AND_MANUFACTURING;
        List<TrainingCourseInput> courses = new ArrayList<>();
        int course = 0;
        for (int category = 1; category <= 6; category++) {
            int count = R5_COURSES[category - 1];
            int participants = R5_PARTICIPANTS[category - 1];
            for (int i = 0; i < count; i++, course++) {
                if (course % HUBS == index) {
                    int share = participants / count + (i < participants % count ? 1 : 0);
                    courses.add(new TrainingCourseInput("研修 " + category + "-" + i, Set.of(TrainingCategory.of(category)),
                            share, Map.of(), null));
                }
            }
        }
        return new HubReportContent(joint, index < 6 ? 5 : index < 16 ? 4 : 0, 0, Set.of(platform), courses);
    }

    private static HubReportContent withoutCooperation(HubReportContent hub) {
        return new HubReportContent(hub.jointResearch(), null, hub.internationalTrialInfrastructure(), hub.platforms(),
                hub.courses());
    }

    /**
     * A narrative on goal 4 from every division; the review division adds its R5 figures of goals 8 and 10
     * (docs/domain.md §4). The insurance division types none, so goal 9's listings stay without a value.
     */
    private static MinistryProgressContent ministryReport(String organisation) {
        List<GoalProgress> goals = new ArrayList<>();
        goals.add(new GoalProgress(4, organisation + " の施策は計画どおり進捗した。", Map.of()));
        if (organisation.equals("MHLW-KIKI")) {
            goals.add(new GoalProgress(8, "デバイス・ラグは開発ラグのみとなった。", Map.of(
                    ProgressFigure.DEVICE_LAG, new BigDecimal("2.0"),
                    ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("2.0"),
                    ProgressFigure.REVIEW_LAG, BigDecimal.ZERO,
                    ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal("19"),
                    ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal("7"),
                    ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, new BigDecimal("12"),
                    ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("216"),
                    ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("7"))));
            goals.add(new GoalProgress(10, "日本を参照国とする国・地域が10になった。",
                    Map.of(ProgressFigure.REFERENCE_COUNTRIES, BigDecimal.TEN)));
        }
        return new MinistryProgressContent(goals);
    }



}

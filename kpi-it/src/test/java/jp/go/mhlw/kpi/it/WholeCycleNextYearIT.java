package jp.go.mhlw.kpi.it;

import static jp.go.mhlw.kpi.it.CycleRun.anonymousGet;
import static jp.go.mhlw.kpi.it.CycleRun.awaitDraftReportTask;
import static jp.go.mhlw.kpi.it.CycleRun.awaitTasks;
import static jp.go.mhlw.kpi.it.CycleRun.confirm;
import static jp.go.mhlw.kpi.it.CycleRun.cycleId;
import static jp.go.mhlw.kpi.it.CycleRun.json;
import static jp.go.mhlw.kpi.it.CycleRun.logIn;
import static jp.go.mhlw.kpi.it.CycleRun.number;
import static jp.go.mhlw.kpi.it.CycleRun.publishedFigures;
import static jp.go.mhlw.kpi.it.CycleRun.requestsByOrganisation;
import static jp.go.mhlw.kpi.it.CycleRun.review;
import static jp.go.mhlw.kpi.it.CycleRun.roleOf;
import static jp.go.mhlw.kpi.it.CycleRun.send;
import static jp.go.mhlw.kpi.it.CycleRun.submitJustifying;
import static jp.go.mhlw.kpi.it.CycleRun.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleOpeningPage;
import jp.go.mhlw.kpi.it.pages.ReportFormPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * FY2024 (令和6年度), the ministry's next year, run from nothing on PostgreSQL with the real servers, right after
 * WholeCycleIT has published FY2023 (the integration tests run in alphabetical order; this year is compared with
 * that one). The secretariat opens the year on its screen; every body sends data that differs from FY2023's, drawn
 * from a seeded source, on every path people use: a hub types its report in the form, AMED uploads its theme list,
 * the other bodies' systems use the API; one hub is returned and corrects its report, one never reports and is closed
 * as missing. After the committee's review and the publication, every published figure is checked against the same
 * figures computed here from the raw rows ({@link ExpectedFigures}).
 */
@ExtendWith(ArquillianExtension.class)
class WholeCycleNextYearIT {

    private static final int FISCAL_YEAR = 2024;
    private static final long SEED = 20_240_401L;
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 1, 1);
    private static final LocalDate PREVIOUS_SNAPSHOT = LocalDate.of(2024, 1, 1);
    private static final String FORM_HUB = "HUB-HIROSHIMA";

    @TempDir
    Path files;

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
    void fy2024IsOpenedFromNothingCollectedOnEveryPathAndPublishedWithEveryFigureAsTheRowsGive() throws Exception {
        // the year before is published: its figures are what this year's ratios and point changes compare with
        HttpResponse<String> lastYear = anonymousGet("/public/download/report.csv?cycle=PLAN-2-FY2023&version=1");
        assertThat(lastYear.statusCode()).as("FY2023 is published first (WholeCycleIT)").isEqualTo(200);
        Map<String, BigDecimal> previous = new TreeMap<>();
        publishedFigures(lastYear.body()).forEach((key, figure) -> previous.put(key, figure.value()));
        assertThat(number("SELECT COUNT(*) FROM follow_up_cycle WHERE fiscal_year = " + FISCAL_YEAR)).isZero();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        logIn(driver, "secretariat1");
        driver.get(TestServers.BASE_URL + "/cycle/open.xhtml");
        new CycleOpeningPage(driver).fiscalYear(FISCAL_YEAR).due(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60))
                .open();
        long cycle = cycleId(FISCAL_YEAR);
        assertThat(text("SELECT survey_reference_date FROM follow_up_cycle WHERE id = " + cycle))
                .isEqualTo(REFERENCE_DATE.toString());
        Map<String, Long> requests = requestsByOrganisation(cycle);
        List<String> hubs = requests.keySet().stream().filter(code -> code.startsWith("HUB-")).sorted().toList();
        assertThat(hubs).contains(FORM_HUB).hasSizeGreaterThan(3);
        awaitTasks(FISCAL_YEAR, "submitReport", requests.size(), Duration.ofSeconds(120));

        // what each body will send
        NewYearData data = new NewYearData(SEED, REFERENCE_DATE);
        String missingHub = hubs.get(hubs.size() - 1);
        String returnedHub = hubs.get(0);
        assertThat(List.of(missingHub, returnedHub)).doesNotContain(FORM_HUB);
        Map<String, HubReportContent> hubReports = new LinkedHashMap<>();
        for (String hub : hubs) {
            if (!hub.equals(missingHub) && !hub.equals(FORM_HUB)) {
                hubReports.put(hub, data.hubReport(5, false));
            }
        }
        HubReportContent typed = data.hubReport(2, true);
        HubReportContent firstTry = data.hubReport(5, false);
        List<AmedTheme> themes = data.themes();
        List<SurveyResponse> survey = data.survey(PREVIOUS_SNAPSHOT, REFERENCE_DATE);
        Map<ProgressFigure, BigDecimal> ministryFigures = data.ministryFigures();

        // the systems of the bodies that use the API, each with its own account
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String organisation : requests.keySet()) {
            if (!organisation.equals(FORM_HUB) && !organisation.equals("AMED") && !organisation.equals(missingHub)) {
                String user = "fy24-" + organisation.toLowerCase();
                keycloak.reporter(user, organisation, roleOf(organisation));
                tokens.put(organisation, Tokens.accessToken(user));
            }
        }
        for (Map.Entry<String, String> body : tokens.entrySet()) {
            String organisation = body.getKey();
            SubmissionContent content = switch (roleOf(organisation)) {
                case "hub-reporter" -> organisation.equals(returnedHub) ? firstTry : hubReports.get(organisation);
                case "survey-reporter" -> MemberSurveyContent.of(PREVIOUS_SNAPSHOT, REFERENCE_DATE, survey);
                default -> ministryReport(organisation, ministryFigures);
            };
            assertThat(submitJustifying(requests.get(organisation), body.getValue(), content)).isEqualTo(1);
        }

        // a hub types its report in the form
        WebDriver hub = Browser.start();
        try {
            logIn(hub, "hub-hiroshima");
            hub.get(TestServers.BASE_URL + "/report/form.xhtml?request=" + requests.get(FORM_HUB));
            ReportFormPage form = new ReportFormPage(hub);
            for (int stage = 0; stage < HubReportContent.RESEARCH_STAGES.size(); stage++) {
                var entry = typed.jointResearch().get(HubReportContent.RESEARCH_STAGES.get(stage));
                form.jointResearch(stage, String.valueOf(entry.cases()),
                        entry.averageAmountThousandYen() == null ? null : String.valueOf(entry.averageAmountThousandYen()));
            }
            form.cooperation(String.valueOf(typed.cooperationWithOtherHubs()))
                    .international(String.valueOf(typed.internationalTrialInfrastructure()));
            typed.platforms().forEach(platform -> form.platform(platform.name()));
            List<TrainingCourseInput> courses = typed.courses();
            for (int i = 0; i < courses.size(); i++) {
                TrainingCourseInput course = courses.get(i);
                form.course(i, course.name(), course.categories().iterator().next().name(),
                        String.valueOf(course.participants()));
            }
            form.submitJustifying("令和6年度は事業の見直しにより件数が変わった。");
            assertThat(form.messages()).as(form.fieldErrors()).contains("第1版を提出しました");
            Browser.screenshot(hub, testName + "-hub-form");
        } finally {
            hub.quit();
        }

        // AMED uploads its theme list into the form and submits it
        WebDriver amed = Browser.start();
        try {
            logIn(amed, "amed1");
            amed.get(TestServers.BASE_URL + "/report/form.xhtml?request=" + requests.get("AMED"));
            ReportFormPage form = new ReportFormPage(amed).upload(themeList(themes));
            assertThat(form.messages()).contains("取り込みました").contains(String.valueOf(themes.size()));
            form.submitJustifying("令和6年度の採択課題の一覧である。");
            assertThat(form.messages()).as(form.fieldErrors()).contains("第1版を提出しました");
        } finally {
            amed.quit();
        }
        int answering = requests.size() - 1;
        awaitTasks(FISCAL_YEAR, "reviewSubmission", answering, Duration.ofSeconds(120));

        // the officer returns one hub's report; its system sends the corrected one
        String officer = Tokens.accessToken("officer1");
        HttpResponse<String> returned = send("POST", review(requests.get(returnedHub), 1, "return"), officer,
                "{\"comment\":\"研修の受講者数を確認してください。\"}");
        assertThat(json(returned).asJsonObject().getString("requestState")).as(returned.body()).isEqualTo("RETURNED");
        assertThat(submitJustifying(requests.get(returnedHub), tokens.get(returnedHub), hubReports.get(returnedHub)))
                .isEqualTo(2);
        awaitTasks(FISCAL_YEAR, "reviewSubmission", answering, Duration.ofSeconds(60));
        for (Map.Entry<String, Long> request : requests.entrySet()) {
            if (request.getKey().equals(missingHub)) {
                continue;
            }
            int latest = request.getKey().equals(returnedHub) ? 2 : 1;
            HttpResponse<String> approved = send("POST", review(request.getValue(), latest, "approval"), officer,
                    "{\"comment\":\"確認済み\"}");
            assertThat(approved.statusCode()).as(request.getKey() + ": " + approved.body()).isEqualTo(200);
        }

        // the hub that never reported: the secretariat closes the collection, and the year aggregates
        driver.get(TestServers.BASE_URL + "/cycle/dashboard.xhtml?cycle=" + cycle);
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='closeReason']")))
                .sendKeys("期限までに提出がなかったため");
        confirm(wait, "closeCollection");
        awaitDraftReportTask(cycle, Duration.ofSeconds(180));
        assertThat(text("SELECT state FROM report_request WHERE id = " + requests.get(missingHub))).isEqualTo("CLOSED");

        // the committee's review and the publication
        driver.get(TestServers.BASE_URL + "/cycle/report.xhtml?cycle=" + cycle);
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("surveyDates"))).getText())
                .contains(REFERENCE_DATE.toString()).contains(PREVIOUS_SNAPSHOT.toString());
        confirm(wait, "prepareDraft");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "審議中"));
        // 「未提出の報告主体」 names exactly the body asked and never approved, with its request's state
        assertThat(driver.findElements(By.cssSelector("#missing li"))).singleElement().satisfies(body ->
                assertThat(body.getText()).contains("(" + missingHub + ")").endsWith("：締切（未提出）"));
        var meeting = driver.findElement(By.cssSelector("[id$='meetingDate_input']"));
        meeting.clear();
        meeting.sendKeys("2025-03-14");
        driver.findElement(By.cssSelector("[id$='decisions']")).sendKeys("令和6年度のフォローアップ結果を了承");
        driver.findElement(By.cssSelector("[id$='recordReview']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "公表待ち"));
        confirm(wait, "approvePublication");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "公表しました"));

        // every computed figure of the public CSV, against the same figures computed here from the approved rows
        HttpResponse<String> csv = anonymousGet("/public/download/report.csv?cycle=PLAN-2-FY2024&version=1");
        assertThat(csv.statusCode()).isEqualTo(200);
        List<HubReportContent> approvedHubs = new ArrayList<>(hubReports.values());
        approvedHubs.add(typed);
        Map<String, BigDecimal> expected = ExpectedFigures.of(approvedHubs, themes, survey, ministryFigures,
                REFERENCE_DATE, previous);
        Map<String, BigDecimal> published = new TreeMap<>();
        publishedFigures(csv.body()).forEach((key, figure) -> {
            if (ExpectedFigures.COMPUTED_FAMILY.apply(key)) {
                published.put(key, figure.value());
            }
        });
        assertThat(published.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        // the published value is the stored one, at 16 decimals: far finer than any printed figure
        expected.forEach((key, value) -> assertThat(published.get(key)).as(key)
                .isCloseTo(value, within(new BigDecimal("1e-15"))));
        // the comparisons with FY2023 are among them, and the boundary themes split the mature population
        assertThat(expected).containsKeys("G2-VENTURE-SHARE/TOTAL/PERCENTAGE_POINTS",
                "G3-PLATFORM-MEMBERSHIP/AI_DATA_USE/PERCENTAGE_POINTS", "G6-MATURE-THEMES/TOTAL/COUNT");
        assertThat(expected.keySet()).anyMatch(key -> key.startsWith("G1-TRAINING-PARTICIPANTS/") && key.endsWith("/TIMES"));
        assertThat(expected.get("G6-MATURE-THEMES/TOTAL/COUNT")).isLessThan(expected.get("G6-ADOPTED-THEMES/TOTAL/COUNT"));
        assertThat(expected).containsKeys("G8-DEVICE-LAG/TOTAL/AVERAGE", "G8-IDATEN-CONFIRMATIONS/TOTAL/TIMES",
                "G9-NOVEL-ITEM-LISTINGS/TOTAL/COUNT", "G10-REFERENCE-COUNTRIES/TOTAL/TIMES");
    }

    /**
     * A narrative on goal 4 from every division; the review division types its goal 8 and 10 figures, the insurance
     * division its goal 9 listings.
     */
    private static MinistryProgressContent ministryReport(String organisation, Map<ProgressFigure, BigDecimal> figures) {
        List<GoalProgress> goals = new ArrayList<>();
        goals.add(new GoalProgress(4, organisation + " の令和6年度の施策は計画どおり進捗した。", Map.of()));
        if (organisation.equals("MHLW-KIKI")) {
            goals.add(new GoalProgress(8, "審査の迅速化を継続した。", NewYearData.ofGoal(figures, 8)));
            goals.add(new GoalProgress(10, "参照国の拡大に取り組んだ。", NewYearData.ofGoal(figures, 10)));
        } else if (organisation.equals("MHLW-IRYO")) {
            goals.add(new GoalProgress(9, "新規性の高い品目を評価した。", NewYearData.ofGoal(figures, 9)));
        }
        return new MinistryProgressContent(goals);
    }

    /** The theme list as AMED keeps it: the template's columns, focus areas and stages by number, dates ISO. */
    private Path themeList(List<AmedTheme> themes) throws Exception {
        StringBuilder csv = new StringBuilder("事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n");
        for (AmedTheme theme : themes) {
            String area = switch (theme.focusArea()) {
                case NONE_OR_MULTIPLE -> "無/複数";
                default -> theme.focusArea().name().substring(2);
            };
            csv.append(String.join(",", theme.programme(), theme.themeTitle(), area, stageNumber(theme.stageAtAdoption()),
                    stageNumber(theme.currentStage()), String.valueOf(theme.singleYearGrantThousandYen()),
                    theme.adoptedOn().toString())).append('\n');
        }
        return Files.writeString(files.resolve("令和6年度採択課題.csv"), csv, StandardCharsets.UTF_8);
    }

    private static String stageNumber(Stage stage) {
        return String.valueOf(stage.ordinal() + 1);
    }
}

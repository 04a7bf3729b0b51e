package jp.go.mhlw.kpi.it;

import static jp.go.mhlw.kpi.it.CycleRun.awaitCycleTasks;
import static jp.go.mhlw.kpi.it.CycleRun.awaitDraftReportTask;
import static jp.go.mhlw.kpi.it.CycleRun.cycleId;
import static jp.go.mhlw.kpi.it.CycleRun.logIn;
import static jp.go.mhlw.kpi.it.CycleRun.number;
import static jp.go.mhlw.kpi.it.CycleRun.requestsByOrganisation;
import static jp.go.mhlw.kpi.it.CycleRun.review;
import static jp.go.mhlw.kpi.it.CycleRun.roleOf;
import static jp.go.mhlw.kpi.it.CycleRun.send;
import static jp.go.mhlw.kpi.it.CycleRun.submitJustifying;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
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
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.PlansPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A new Basic Plan without code: the administrator uploads a broken plan file (every problem at its JSON path,
 * nothing imported), then the small 3rd plan of the domain's tests (a preview, its new KPI typed-in only with the
 * warning), imports it after the confirmation, and the catalogue shows it, while the 2nd plan's cycles and their
 * figures stay as they were. Then a fiscal year of the imported plan is followed up like the 2nd plan's: opened by
 * the secretariat for a few bodies, reported through the API, approved and aggregated, its renamed and regrouped KPIs
 * computed from the computations stored with them, its typed-in KPI left without a figure, and its draft report on
 * the report page.
 *
 * <p>The plan is imported under a code of this run, so that a run against a database kept from an earlier run
 * imports a plan not stored yet (and opens a year of it not opened yet).
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanImportIT {

    /** A year no other test opens (WholeCycleIT 2023, WholeCycleNextYearIT 2024, SubmissionIT 2030, ...). */
    private static final int FISCAL_YEAR = 2029;
    /** The bodies the imported plan's KPIs are computed from: two hubs, AMED, the survey and the review division. */
    private static final List<String> BODIES = List.of("AMED", "HUB-HIROSHIMA", "HUB-HOKKAIDO", "JFMDA-SURVEY",
            "MHLW-KIKI");
    /** The imported plan's KPIs the application computes, each renamed or regrouped from a 2nd-plan KPI. */
    private static final List<String> COMPUTED = List.of("P3-TRAINEES", "P3-TRAINEES-PER-COURSE", "P3-VENTURE-SHARE",
            "P3-HUB-JOINT-RESEARCH", "P3-THEME-STAGE-UP", "P3-DEVICE-LAG");
    /** The imported plan's KPI whose computation the application does not know: typed in only. */
    private static final String TYPED_IN = "P3-SAMD-APPROVALS";

    /** The code the first test imported the plan under, for the cycle the second runs on it. */
    private static String importedPlan;

    private static final Path SAMPLE = Path.of(System.getProperty("kpi.root", ".."))
            .resolve("kpi-domain/src/test/resources/plans/plan-3-sample.json").toAbsolutePath().normalize();

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
    @Order(1)
    void anAdministratorImportsA3rdPlanFromItsPlanFileAndThe2ndPlansCyclesKeepTheirPlan() throws Exception {
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        String code = "PLAN-3-IT-" + run;
        String sample = Files.readString(SAMPLE, StandardCharsets.UTF_8).replace("\"PLAN-3-SAMPLE\"", "\"" + code + "\"");
        Path plan = Files.writeString(files.resolve("plan-3-sample.json"), sample, StandardCharsets.UTF_8);
        Path broken = Files.writeString(files.resolve("plan-3-broken.json"), sample
                .replaceFirst("\"kind\": \"COUNT\"", "\"kind\": \"COUNTS\"")
                .replaceFirst("\"version\": 1", "\"version\": \"first\""), StandardCharsets.UTF_8);
        List<String> plan2Before = plan2Cycles();

        driver.get(TestServers.BASE_URL + "/admin/index.xhtml");
        new KeycloakLoginPage(driver).logIn("admin1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.findElement(By.cssSelector("#homeLinks a[id$='toPlans']")).click();
        Browser.awaitPage(driver);
        PlansPage plans = new PlansPage(driver);
        assertThat(plans.planCodes()).contains("PLAN-1", "PLAN-2").doesNotContain(code);

        // a broken file: every problem at its place in the JSON, nothing to import
        plans.upload(broken);
        assertThat(plans.problems()).anySatisfy(line -> assertThat(line).startsWith("version: "))
                .anySatisfy(line -> assertThat(line).startsWith("visions[0].goals[0].kpis[0].kind: ")
                        .contains("COUNTS"));
        assertThat(plans.hasPreview()).isFalse();
        assertThat(plans.canImport()).isFalse();
        assertThat(plans.messages()).contains("問題があります");
        Browser.screenshot(driver, testName + "-problems");

        // the sample: its preview, the new KPI typed-in only with the warning why
        plans.upload(plan);
        assertThat(plans.problems()).isEmpty();
        assertThat(plans.hasPreview()).isTrue();
        assertThat(plans.previewedCode()).isEqualTo(code);
        assertThat(plans.warnings()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("visions[1].goals[0].kpis[1].computation: ").contains("samd-approval-count"));
        assertThat(plans.previewedKpi("P3-SAMD-APPROVALS")).contains("手入力のみ").contains("samd-approval-count");
        assertThat(plans.previewedKpi("P3-TRAINEES")).doesNotContain("手入力のみ");
        assertThat(plans.canImport()).isTrue();
        Browser.screenshot(driver, testName + "-preview");

        // imported after the confirmation, which names the plan and its KPIs
        assertThat(plans.importConfirming()).contains(code).contains("KPI 7件");
        assertThat(plans.messages()).contains(code).contains("取り込みました");
        assertThat(plans.planCodes()).contains(code, "PLAN-2");
        assertThat(plans.hasPreview()).isFalse();
        importedPlan = code;

        // the file's targets are adopted with the plan, in both languages, no cycle having proposed them
        assertThat(number("SELECT COUNT(*) FROM kpi_target t JOIN basic_plan p ON p.id = t.plan_id WHERE p.code = '"
                + code + "' AND t.status = 'ADOPTED' AND t.proposed_in_cycle_id IS NULL AND t.wording_en IS NOT NULL"))
                .isEqualTo(2);

        // version 2 of the file, while no year follows the plan up: it replaces the plan's catalogue
        Path version2 = Files.writeString(files.resolve("plan-3-version-2.json"), sample
                .replace("\"version\": 1,", "\"version\": 2,")
                .replace("人材育成研修の受講者数\"", "人材育成研修の受講者数（改定）\""), StandardCharsets.UTF_8);
        plans.upload(version2);
        assertThat(plans.previewNotice()).contains("版 1 が登録済み");
        assertThat(plans.refusals()).isEmpty();
        assertThat(plans.importConfirming()).contains(code);
        assertThat(plans.messages()).contains(code).contains("取り込みました");
        // the same version once more: refused, saying why
        plans.upload(version2);
        assertThat(plans.refusals()).singleElement().asString().contains("版 2 が登録済み");
        assertThat(plans.canImport()).isFalse();
        Browser.screenshot(driver, testName + "-version-refused");

        // the catalogue lists the 3rd plan with its KPIs
        driver.get(TestServers.BASE_URL + "/catalogue/index.xhtml?plan=" + code);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        Browser.awaitPage(driver);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("人材育成研修の受講者数（改定）",
                "プログラム医療機器（SaMD）の承認件数");
        Browser.screenshot(driver, testName + "-catalogue");

        // the 2nd plan's cycles: the same years, states and figures, each of the 2nd plan's KPIs
        assertThat(plan2Cycles()).isEqualTo(plan2Before);
        assertThat(figuresOfAnotherPlan()).isZero();
    }

    @Test
    @Order(2)
    void aYearOfTheImportedPlanIsOpenedReportedApprovedAndAggregatedWithItsOwnKpis() throws Exception {
        assertThat(importedPlan).as("the plan imported by the test before").isNotNull();
        String code = importedPlan;
        List<String> plan2Before = plan2Cycles();
        assertThat(cycleId(code, FISCAL_YEAR)).isZero();

        // the secretariat opens the year of the imported plan for a few bodies on its screen
        logIn(driver, "secretariat1");
        driver.get(TestServers.BASE_URL + "/cycle/open.xhtml");
        new CycleOpeningPage(driver).plan(code).fiscalYear(FISCAL_YEAR).bodies(BODIES)
                .due(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60)).open();
        long cycle = cycleId(code, FISCAL_YEAR);
        assertThat(cycle).as("the cycle of " + code).isPositive();
        Map<String, Long> requests = requestsByOrganisation(cycle);
        assertThat(requests.keySet()).containsExactlyInAnyOrderElementsOf(BODIES);
        awaitCycleTasks(cycle, "submitReport", BODIES.size(), Duration.ofSeconds(120));

        // what each body's system sends through the API, with the body's own account
        LocalDate reference = LocalDate.of(FISCAL_YEAR + 1, 1, 1);
        LocalDate previousSnapshot = LocalDate.of(FISCAL_YEAR, 1, 1);
        NewYearData data = new NewYearData(20_290_401L, reference);
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String body : BODIES) {
            String user = "plan3-" + body.toLowerCase(Locale.ROOT);
            keycloak.reporter(user, body, roleOf(body));
            tokens.put(body, Tokens.accessToken(user));
        }
        Map<String, SubmissionContent> reports = Map.of(
                "AMED", AmedThemeContent.of(data.themes()),
                "HUB-HIROSHIMA", hubReport(12, 40),
                "HUB-HOKKAIDO", hubReport(5, 18),
                "JFMDA-SURVEY", MemberSurveyContent.of(previousSnapshot, reference,
                        data.survey(previousSnapshot, reference)),
                "MHLW-KIKI", new MinistryProgressContent(List.of(new GoalProgress(8, "承認審査の迅速化を継続した。",
                        Map.of(ProgressFigure.DEVICE_LAG, new BigDecimal("1.5"),
                                ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("1.2"),
                                ProgressFigure.REVIEW_LAG, new BigDecimal("0.3"))))));
        for (String body : BODIES) {
            assertThat(submitJustifying(requests.get(body), tokens.get(body), reports.get(body)))
                    .as(body).isEqualTo(1);
        }
        awaitCycleTasks(cycle, "reviewSubmission", BODIES.size(), Duration.ofSeconds(120));

        // the officer approves every report; with every request settled the year aggregates
        String officer = Tokens.accessToken("officer1");
        for (String body : BODIES) {
            HttpResponse<String> approved = send("POST", review(requests.get(body), 1, "approval"), officer,
                    "{\"comment\":\"確認済み\"}");
            assertThat(approved.statusCode()).as(body + ": " + approved.body()).isEqualTo(200);
        }
        awaitDraftReportTask(cycle, Duration.ofSeconds(180));

        // each computed KPI of the imported plan has its figures in this cycle, the typed-in one none
        for (String kpi : COMPUTED) {
            assertThat(values(cycle, code, kpi)).as(kpi).isPositive();
        }
        assertThat(values(cycle, code, TYPED_IN)).as(TYPED_IN).isZero();
        assertThat(number("SELECT COUNT(*) FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id WHERE v.cycle_id = " + cycle
                + " AND k.code = 'P3-DEVICE-LAG' AND v.figure_value = 1.5")).as("the division's device lag").isPositive();
        // two hubs' joint research at the first stage: 12 + 5 cases, the period a whole year
        assertThat(number("SELECT COUNT(*) FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id WHERE v.cycle_id = " + cycle
                + " AND k.code = 'P3-HUB-JOINT-RESEARCH' AND v.figure_value = 17")).as("joint research").isPositive();
        assertThat(number("SELECT COUNT(*) FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id"
                + " JOIN basic_plan p ON p.id = k.plan_id WHERE v.cycle_id = " + cycle + " AND p.code <> '" + code + "'"))
                .as("the cycle holds its own plan's KPIs only").isZero();

        // the secretariat reaches the year's draft report on the report page, named with its plan
        driver.get(TestServers.BASE_URL + "/cycle/report.xhtml?cycle=" + cycle);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("status")));
        Browser.awaitPage(driver);
        assertThat(driver.findElement(By.id("reportForm:cycle_label")).getText()).contains("第3期医療機器基本計画");
        // the tables' first page: the first goal's KPIs, under the imported plan's codes
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("P3-TRAINEES")
                .doesNotContain("G1-TRAINING-PARTICIPANTS");
        Browser.screenshot(driver, testName + "-report");

        // the 2nd plan's cycles as they were, and no cycle's values of another plan's KPIs
        assertThat(plan2Cycles()).isEqualTo(plan2Before);
        assertThat(figuresOfAnotherPlan()).isZero();
    }

    /** Each of the imported plan's KPIs' values in the cycle. */
    private static long values(long cycle, String plan, String kpi) throws SQLException {
        return number("SELECT COUNT(*) FROM kpi_value v JOIN kpi k ON k.id = v.kpi_id JOIN basic_plan p"
                + " ON p.id = k.plan_id WHERE v.cycle_id = " + cycle + " AND p.code = '" + plan + "' AND k.code = '"
                + kpi + "'");
    }

    /**
     * A hub's report: {@code cases} joint research cases at every stage, one AI and one regulatory course (their
     * participants {@code trainees} and half as many).
     */
    private static HubReportContent hubReport(int cases, int trainees) {
        Map<Stage, JointResearchInput> joint = new EnumMap<>(Stage.class);
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            joint.put(stage, new JointResearchInput(cases, 3_000L));
        }
        List<TrainingCourseInput> courses = List.of(
                new TrainingCourseInput("AI人材研修", Set.of(TrainingCategory.of(1)), trainees, Map.of(), null),
                new TrainingCourseInput("薬事人材研修", Set.of(TrainingCategory.of(2)), trainees / 2, Map.of(), null));
        return new HubReportContent(joint, 3, 1, Set.of(Platform.AI_DATA_USE), courses);
    }

    /** The 2nd plan's cycles, each as "fiscal year, status, values". */
    private static List<String> plan2Cycles() throws SQLException {
        List<String> cycles = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT c.fiscal_year, c.status,"
                     + " (SELECT COUNT(*) FROM kpi_value v WHERE v.cycle_id = c.id) FROM follow_up_cycle c"
                     + " JOIN basic_plan p ON p.id = c.plan_id WHERE p.code = 'PLAN-2' ORDER BY c.fiscal_year")) {
            while (rows.next()) {
                cycles.add(rows.getInt(1) + ", " + rows.getString(2) + ", " + rows.getLong(3));
            }
        }
        return cycles;
    }

    /** The values of any cycle whose KPI belongs to another plan than the cycle's. */
    private static long figuresOfAnotherPlan() throws SQLException {
        try (Connection connection = DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM kpi_value v"
                     + " JOIN follow_up_cycle c ON c.id = v.cycle_id JOIN kpi k ON k.id = v.kpi_id"
                     + " WHERE k.plan_id <> c.plan_id")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}

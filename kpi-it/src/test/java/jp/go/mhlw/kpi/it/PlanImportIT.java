package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.PlansPage;
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
 * A new Basic Plan without code: the administrator uploads a broken plan file (every problem at its JSON path,
 * nothing imported), then the small 3rd plan of the domain's tests (a preview, its new KPI typed-in only with the
 * warning), imports it after the confirmation, and the catalogue shows it, while the 2nd plan's cycles and their
 * figures stay as they were.
 *
 * <p>The plan is imported under a code of this run, so that a run against a database kept from an earlier run
 * imports a plan not stored yet.
 */
@ExtendWith(ArquillianExtension.class)
class PlanImportIT {

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

        // the catalogue lists the 3rd plan with its KPIs
        driver.get(TestServers.BASE_URL + "/catalogue/index.xhtml?plan=" + code);
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("pageTitle")));
        Browser.awaitPage(driver);
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("人材育成研修の受講者数",
                "プログラム医療機器（SaMD）の承認件数");
        Browser.screenshot(driver, testName + "-catalogue");

        // the 2nd plan's cycles: the same years, states and figures, each of the 2nd plan's KPIs
        assertThat(plan2Cycles()).isEqualTo(plan2Before);
        assertThat(figuresOfAnotherPlan()).isZero();
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

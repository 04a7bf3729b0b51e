package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The secretariat reads R5's printed figures, sees the committee's misprints flagged, adopts the figures as
 * history, and the KPI history page then shows a published figure traced to "as published".
 */
@ExtendWith(ArquillianExtension.class)
class PublishedFiguresIT {

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
    void misprintsAreListedAndThePrintedFiguresBecomeTheKpiHistory() {
        driver.get(TestServers.BASE_URL + "/secretariat/index.xhtml");
        new KeycloakLoginPage(driver).logIn("secretariat1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.get(TestServers.BASE_URL + "/catalogue/published.xhtml?plan=PLAN-2&year=2023");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));

        String findings = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='findings']"))).getText();
        assertThat(findings).contains("55.5").contains("27.4").contains("64");
        Browser.screenshot(driver, testName + "-findings");

        driver.findElement(By.cssSelector("[id$='adopt']")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[id$='confirmYes']"))).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[id$='messages']"), "推移に登録しました"));

        driver.get(TestServers.BASE_URL + "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=G2-VENTURE-SHARE");
        String values = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='values']"))).getText();
        assertThat(values).contains("令和5年度").contains("13.3");

        driver.findElement(By.cssSelector("[id$='values'] .ui-row-toggler")).click();
        String lineage = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".kpi-lineage"))).getText();
        assertThat(lineage).contains("as published");
    }

    @Test
    void aCommitteeMemberReadsTheFiguresButCannotAdoptThem() {
        driver.get(TestServers.BASE_URL + "/committee/index.xhtml");
        new KeycloakLoginPage(driver).logIn("committee1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.get(TestServers.BASE_URL + "/catalogue/published.xhtml?plan=PLAN-2&year=2023");

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='figures']")));
        assertThat(driver.findElements(By.cssSelector("[id$='adopt']"))).isEmpty();
    }

    /**
     * FY2022 was published as committee material before the system: a visitor finds it among the published reports
     * and reads its figures as printed, groups in words, with the page they were printed on. (FY2023 is published
     * through the application by WholeCycleIT, so only FY2022 is certain to stay printed-only here.)
     */
    @Test
    void aVisitorReadsTheFiguresOfAYearPublishedBeforeTheSystem() {
        driver.get(TestServers.BASE_URL + "/public/reports.xhtml");
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("printedReports")))
                .findElement(By.partialLinkText("令和4年度")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "令和4年度"));
        String figures = driver.findElement(By.cssSelector("[id$='printed']")).getText();
        assertThat(figures).contains("医療従事者育成研修").contains("594").contains("資料3-1 p.27")
                .doesNotContain("HEALTHCARE_PROFESSIONALS");

        // the report address of such a year opens the same figures instead of a missing page
        driver.get(TestServers.BASE_URL + "/public/report.xhtml?cycle=PLAN-2-FY2022");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "令和4年度"));
        assertThat(driver.getCurrentUrl()).contains("/public/printed.xhtml?cycle=PLAN-2-FY2022");

        driver.get(TestServers.BASE_URL + "/public/printed.xhtml?cycle=PLAN-2-FY2031");
        assertThat(driver.findElements(By.id("printedIntro"))).isEmpty();
    }
}

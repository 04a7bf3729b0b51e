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

/** The KPI catalogue of the 2nd Basic Plan and a KPI's history page, in the browser. */
@ExtendWith(ArquillianExtension.class)
class CatalogueIT {

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
    void theSecretariatBrowsesTheCatalogueAndOpensAKpi() {
        driver.get(TestServers.BASE_URL + "/secretariat/index.xhtml");
        new KeycloakLoginPage(driver).logIn("secretariat1", TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        driver.findElement(By.cssSelector("[id$='toCatalogue']")).click();

        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("pageTitle"), "KPIカタログ"));
        String page = driver.findElement(By.tagName("main")).getText();
        assertThat(page).contains("ビジョン A", "ビジョン C", "ゴール ②", "ゴール ⑪", "医機連加盟団体の加盟企業に占めるベンチャー企業の割合");
        Browser.screenshot(driver, testName + "-catalogue");

        driver.findElement(By.linkText("医機連加盟団体の加盟企業に占めるベンチャー企業の割合")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("definition")));
        assertThat(driver.getCurrentUrl()).contains("kpi=G2-VENTURE-SHARE");
        assertThat(driver.findElement(By.id("definition")).getText()).contains("ベンチャー企業の定義");

        // the committee's proposed relative targets appear with the KPI they apply to
        driver.get(TestServers.BASE_URL + "/catalogue/kpi.xhtml?plan=PLAN-2&kpi=G1-TRAINING-PARTICIPANTS");
        String targets = wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[id$='targets']"))).getText();
        assertThat(targets).contains("1.2");
    }

    @Test
    void aManufacturerIsRefusedTheCatalogue() {
        driver.get(TestServers.BASE_URL + "/login");
        new KeycloakLoginPage(driver).logIn("maker-b", TestServers.DEMO_PASSWORD);
        new HomePage(driver); // the login link lands on the user's own home page
        driver.get(TestServers.BASE_URL + "/catalogue/index.xhtml");

        String title = new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
        assertThat(title).contains("403");
    }
}

package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.ReportFormPage;
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
 * Login through Keycloak's real login page in headless Chromium, as different roles; a link followed while logged out
 * opens its page after the login.
 */
@ExtendWith(ArquillianExtension.class)
class BrowserLoginIT {

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
    void theSecretariatLogsInSeesItsHomeAndIsRefusedTheManufacturersPage() {
        HomePage home = logInFromStartPage("secretariat1");

        assertThat(driver.getCurrentUrl()).endsWith("/secretariat/index.xhtml");
        assertThat(home.callerName()).isEqualTo("secretariat1");
        assertThat(home.organisation()).contains("医薬産業振興・医療情報企画課").contains("MHLW-ISEI");
        assertThat(home.role()).isEqualTo("検討会事務局");

        driver.get(TestServers.BASE_URL + "/manufacturer/index.xhtml");
        assertThat(errorTitle()).contains("403");
    }

    @Test
    void aManufacturerSeesItsOwnOrganisationInJapaneseAndEnglishAndIsRefusedTheSecretariatPage() {
        driver.get(TestServers.BASE_URL + "/manufacturer/index.xhtml");
        new KeycloakLoginPage(driver).logIn("maker-a", TestServers.DEMO_PASSWORD);
        HomePage home = new HomePage(driver);

        assertThat(home.organisation()).contains("デモ医療機器株式会社A").contains("MAKER-A");
        assertThat(home.role()).isEqualTo("製造販売業者");

        home.switchToEnglish();
        home = new HomePage(driver);
        assertThat(home.role()).isEqualTo("Manufacturer");
        assertThat(home.organisation()).contains("Demo Medical Devices A Co., Ltd.");

        driver.get(TestServers.BASE_URL + "/secretariat/index.xhtml");
        assertThat(errorTitle()).contains("403");
        driver.get(TestServers.BASE_URL + "/hub/index.xhtml");
        assertThat(errorTitle()).contains("403");
    }

    @Test
    void aUserWithoutRoleIsToldSoAndRefusedEveryRolePage() {
        driver.get(TestServers.BASE_URL + "/");
        driver.findElement(By.cssSelector("#login a")).click();
        new KeycloakLoginPage(driver).logIn("norole1", TestServers.DEMO_PASSWORD);

        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("noRole")));
        for (String page : new String[] {"/admin/index.xhtml", "/officer/index.xhtml", "/manufacturer/index.xhtml"}) {
            driver.get(TestServers.BASE_URL + page);
            assertThat(errorTitle()).as(page).contains("403");
        }
    }

    @Test
    void loggingOutEndsTheSessionAtKeycloakToo() {
        HomePage home = logInFromStartPage("officer1");
        assertThat(driver.getCurrentUrl()).endsWith("/officer/index.xhtml");

        home.logOut();
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("login")));
        driver.get(TestServers.BASE_URL + "/officer/index.xhtml");

        // a new login is asked for, not the old session reused
        new KeycloakLoginPage(driver);
    }

    @Test
    void aLinkInARequestEmailOpensTheFormOnceTheReporterHasLoggedIn() throws Exception {
        String link = TestServers.BASE_URL + "/report/form.xhtml?request=" + ReportRequests.of("HUB-HIROSHIMA");

        driver.get(link);
        new KeycloakLoginPage(driver).logIn("hub-hiroshima", TestServers.DEMO_PASSWORD);

        new ReportFormPage(driver);
        assertThat(driver.getCurrentUrl()).isEqualTo(link);
    }

    @Test
    void theStartPagesLoginLinkStillLandsOnTheRolesHome() {
        // a public page seen before the login is not where the login link leads
        driver.get(TestServers.BASE_URL + "/public/reports.xhtml");
        logInFromStartPage("committee1");

        assertThat(driver.getCurrentUrl()).endsWith("/committee/index.xhtml");
    }

    @Test
    void aVisitorWhoChoseEnglishLogsInOnAnEnglishLoginPageAndStaysInEnglish() {
        driver.get(TestServers.BASE_URL + "/");
        driver.findElement(By.id("languageForm:english")).click();
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));

        driver.findElement(By.cssSelector("#login a")).click();
        KeycloakLoginPage login = new KeycloakLoginPage(driver);
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        assertThat(driver.getTitle()).isEqualTo("Sign in to Medical Device Basic Plan KPI Follow-up");
        // the text as written (the theme shows the heading in capitals)
        assertThat(driver.findElement(By.id("kc-header-wrapper")).getAttribute("textContent").strip())
                .isEqualTo("Medical Device Basic Plan KPI Follow-up");
        login.logIn("committee1", TestServers.DEMO_PASSWORD);

        assertThat(new HomePage(driver).role()).isEqualTo("Committee member");
    }

    private HomePage logInFromStartPage(String user) {
        driver.get(TestServers.BASE_URL + "/");
        driver.findElement(By.cssSelector("#login a")).click();
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        return new HomePage(driver);
    }

    private String errorTitle() {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
    }
}

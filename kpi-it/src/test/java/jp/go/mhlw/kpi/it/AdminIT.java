package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.it.pages.AuditPage;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.OrganisationsPage;
import jp.go.mhlw.kpi.it.pages.UsersPage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Administration through the screens, against the real Keycloak: an administrator registers an organisation, invites
 * a user into it, the user logs in and sees that organisation, the administrator disables the account and the next
 * login fails; the audit trail shows it all and exports it as CSV. Nobody else reaches the administration screens.
 *
 * <p>Keycloak keeps its users between runs (the database does not), so every run uses new names.
 */
@ExtendWith(ArquillianExtension.class)
class AdminIT {

    private static final String[] ADMIN_PAGES = {"/admin/organisations.xhtml", "/admin/users.xhtml", "/admin/audit.xhtml",
            "/admin/incidents.xhtml", "/admin/settings.xhtml", "/admin/plans.xhtml"};

    private final List<WebDriver> browsers = new ArrayList<>();
    private String testName;
    /** The organisation this run registers: deactivated after the test even when it fails, as later tests count the hubs. */
    private String registered;

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

    @AfterEach
    void deactivateTheRegisteredOrganisation() throws SQLException {
        if (registered != null) {
            try (Connection connection = DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
                 PreparedStatement update = connection.prepareStatement("UPDATE organisation SET active = FALSE WHERE code = ?")) {
                update.setString(1, registered);
                update.executeUpdate();
            }
        }
    }

    @Test
    void anAdministratorRegistersAnOrganisationInvitesAUserAndDisablesItAndTheAuditTrailShowsIt(TestInfo info)
            throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String run = Long.toString(System.currentTimeMillis() % 100_000_000L, 36).toUpperCase(Locale.ROOT);
        String code = "HUB-IT-" + run;
        String nameJa = "結合試験大学" + run;
        String username = "hub-it-" + run.toLowerCase(Locale.ROOT);

        // the administrator's home links to the three screens
        WebDriver admin = browser();
        admin.get(TestServers.BASE_URL + "/admin/index.xhtml");
        new KeycloakLoginPage(admin).logIn("admin1", TestServers.DEMO_PASSWORD);
        new HomePage(admin);
        assertThat(admin.findElements(By.cssSelector("#homeLinks a[id$='toUsers'], #homeLinks a[id$='toAudit']"))).hasSize(2);
        // norole1 can log in but has no role: the home page names it, with the way to its organisation's users
        assertThat(admin.findElement(By.id("usersWithoutRole")).getText()).contains("norole1").contains("(MAKER-A)");
        assertThat(admin.findElements(By.cssSelector("#usersWithoutRole a[href*='/admin/users.xhtml?org=MAKER-A']")))
                .isNotEmpty();
        admin.findElement(By.cssSelector("#homeLinks a[id$='toOrganisations']")).click();
        OrganisationsPage organisations = new OrganisationsPage(admin);

        // a refused entry keeps the dialog open with every problem, and nothing typed is lost
        organisations.register("MAKER IT", "MANUFACTURER", "", "Maker", null);
        assertThat(organisations.isDialogOpen()).isTrue();
        Browser.screenshot(admin, testName + "-refused");
        assertThat(organisations.dialogMessages()).contains("組織コードは").contains("組織名（日本語）を入力してください")
                .contains("製造販売業者には法人番号");
        assertThat(admin.findElement(By.id("organisationDialogForm:code")).getAttribute("value")).isEqualTo("MAKER IT");
        assertThat(admin.findElement(By.id("organisationDialogForm:nameEn")).getAttribute("value")).isEqualTo("Maker");
        assertThat(admin.findElement(By.id("organisationDialogForm:code")).getAttribute("class")).contains("ui-state-error");
        organisations.closeDialog();

        registered = code;
        organisations.register(code, "HUB", nameJa, "Integration Test University " + run, null);
        assertThat(organisations.messages()).contains("組織 " + code + " を登録しました。");
        assertThat(organisations.status(code)).isEqualTo("有効");
        Browser.screenshot(admin, testName + "-organisations");

        UsersPage users = organisations.users(code);
        assertThat(users.organisation()).startsWith(code);
        users.invite(username, username + "@example.test", "試験", "花子", "hub-reporter");
        // the test realm has no mail server: the account is made all the same, and the administrator is told
        assertThat(users.messages()).contains("利用者 " + username + " を作成しましたが、パスワード設定用のメールを送信できませんでした")
                .contains("Failed to send execute actions email");
        assertThat(users.status(username)).contains("有効").contains("パスワード未設定");
        assertThat(users.roles(username)).isEqualTo("拠点報告者");
        Browser.screenshot(admin, testName + "-users");

        // in Keycloak: the organisation, the role, the pending password, and no password
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        JsonObject account = keycloak.user(username);
        assertThat(account.getJsonObject("attributes").getJsonArray("org").getString(0)).isEqualTo(code);
        assertThat(account.getBoolean("enabled")).isTrue();
        assertThat(strings(account.getJsonArray("requiredActions"))).containsExactly("UPDATE_PASSWORD");
        assertThat(keycloak.realmRoles(account.getString("id"))).contains("hub-reporter").doesNotContain("admin");
        assertThat(keycloak.credentialTypes(account.getString("id"))).isEmpty();

        // the user sets a password (here through the admin API, as the e-mail's link would) and logs in
        String password = "It-" + run + "-pw";
        keycloak.setPassword(account.getString("id"), password);
        WebDriver user = browser();
        user.get(TestServers.BASE_URL + "/");
        user.findElement(By.cssSelector("#login a")).click();
        new KeycloakLoginPage(user).logIn(username, password);
        HomePage home = new HomePage(user);
        assertThat(user.getCurrentUrl()).endsWith("/hub/index.xhtml");
        assertThat(home.callerName()).isEqualTo(username);
        assertThat(home.organisation()).contains(nameJa).contains(code);
        assertThat(home.role()).isEqualTo("拠点報告者");
        for (String page : ADMIN_PAGES) {
            user.get(TestServers.BASE_URL + page);
            assertThat(errorTitle(user)).as(page).contains("403");
        }

        // disabled: the next login fails at Keycloak
        users.disable(username);
        assertThat(users.messages()).contains("利用者 " + username + " を無効にしました。");
        assertThat(users.status(username)).contains("無効");
        assertThat(keycloak.user(username).getBoolean("enabled")).isFalse();
        WebDriver again = browser();
        again.get(TestServers.BASE_URL + "/hub/index.xhtml");
        new KeycloakLoginPage(again).logIn(username, password);
        new WebDriverWait(again, Duration.ofSeconds(30)).until(driver -> {
            String text = Browser.bodyText(driver);
            return text.contains("アカウントが無効です") || text.contains("Account is disabled");
        });
        assertThat(again.getCurrentUrl()).startsWith(TestServers.KEYCLOAK_URL);

        // the audit trail: search by the new organisation, then the same search as CSV
        admin.get(TestServers.BASE_URL + "/admin/audit.xhtml");
        AuditPage audit = new AuditPage(admin).searchOrganisation(code);
        Browser.screenshot(admin, testName + "-audit");
        // the invited user's login is recorded too (the OpenID Connect callback)
        assertThat(audit.actions()).containsExactly("user.disabled", "user.logged-in", "user.invited", "organisation.created");
        assertThat(audit.actionNames()).containsExactly("利用者の無効化", "ログイン", "利用者の招待", "組織の登録");
        assertThat(audit.objects()).containsExactly("User " + username, "User " + username, "User " + username,
                "Organisation " + code);
        String csv = audit.exportCsv(Path.of(System.getProperty("kpi.screenshots", "target/screenshots"), "downloads-" + run));
        assertThat(csv).startsWith("\uFEFFoccurred_at,actor,");
        assertThat(csv.lines().filter(line -> line.contains(",organisation.created,Organisation," + code + ",")))
                .singleElement().asString().contains(",admin1,MHLW-ISEI,");
        assertThat(csv.lines().filter(line -> line.contains(",user.invited,User," + username + "," + code + ","))).hasSize(1);

        // deactivated, the test's hub is asked for nothing and listed nowhere (later tests count the 20 hubs)
        admin.get(TestServers.BASE_URL + "/admin/organisations.xhtml");
        organisations = new OrganisationsPage(admin).deactivate(code);
        assertThat(organisations.messages()).contains(code);
        assertThat(organisations.status(code)).isEqualTo("無効");
    }

    @Test
    void theSecretariatAndAManufacturerAreRefusedEveryAdministrationScreen(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        for (String user : new String[] {"secretariat1", "maker-a"}) {
            WebDriver driver = browser();
            driver.get(TestServers.BASE_URL + "/login");
            new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
            new HomePage(driver);
            assertThat(driver.findElements(By.cssSelector("#homeLinks a[id$='toOrganisations']"))).as(user).isEmpty();
            for (String page : ADMIN_PAGES) {
                driver.get(TestServers.BASE_URL + page);
                assertThat(errorTitle(driver)).as(user + " " + page).contains("403");
            }
        }
    }

    private WebDriver browser() {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        return driver;
    }

    private static String errorTitle(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}

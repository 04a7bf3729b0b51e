package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.it.pages.AccountRequestPage;
import jp.go.mhlw.kpi.it.pages.AccountRequestsPage;
import jp.go.mhlw.kpi.it.pages.AuditPage;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.IncidentsPage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.SettingsPage;
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
 * Manufacturers' account requests end to end, on the real servers: the public form, the officer's decision, the
 * account created in the background by the process, and an administrator retrying it from the incident screen
 * after a real failure (the user name already taken in Keycloak) was removed. Also the officer's screen for
 * manufacturers' users, the settings screen, and who is refused which screen.
 *
 * <p>Keycloak keeps its users between runs (the database does not), so every run uses a new 法人番号.
 */
@ExtendWith(ArquillianExtension.class)
class AccountRequestIT {

    private final List<WebDriver> browsers = new ArrayList<>();
    private String testName;

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
    void aRequestIsApprovedAndAFailedAccountCreationIsRetriedOnceItsCauseIsRemoved(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String number = newCorporateNumber();
        String code = "MAKER-" + number;
        String username = "maker-" + number;

        // the public page needs no login; every problem shows at its field and nothing typed is lost
        WebDriver visitor = browser();
        visitor.get(TestServers.BASE_URL + "/");
        visitor.findElement(By.id("toAccountRequest")).click();
        AccountRequestPage form = new AccountRequestPage(visitor);
        assertThat(visitor.getCurrentUrl()).startsWith(TestServers.BASE_URL + "/public/account-request.xhtml");
        form.submit("", wrongCheckDigit(number), "結合", "太郎", "not-an-address", "12");
        form = new AccountRequestPage(visitor);
        Browser.screenshot(visitor, testName + "-refused");
        assertThat(form.fieldMessage("companyNameJa")).contains("会社名を入力してください");
        assertThat(form.fieldMessage("corporateNumber")).contains("正しくありません");
        assertThat(form.fieldMessage("email")).contains("メールアドレスの形式");
        assertThat(form.fieldMessage("phone")).contains("電話番号");
        assertThat(form.fieldMessage("contactLastName")).isEmpty();
        assertThat(form.value("contactLastName")).isEqualTo("結合");
        assertThat(form.value("email")).isEqualTo("not-an-address");

        form.submit("結合試験医療機器株式会社", number, null, null, username + "@example.test", "03-1234-5678");
        String reference = AccountRequestPage.reference(visitor);
        assertThat(visitor.findElement(By.id("sentText")).getText()).contains(username + "@example.test");

        // the same 法人番号 again: refused while the first request is pending
        visitor.get(TestServers.BASE_URL + "/public/account-request.xhtml");
        form = new AccountRequestPage(visitor);
        form.submit("結合試験医療機器株式会社", number, "結合", "次郎", "other@example.test", "03-1234-5679");
        assertThat(new AccountRequestPage(visitor).fieldMessage("corporateNumber")).contains("既に受け付けており");

        // someone already holds the user name the approval will create: a real failure of the background step
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        String conflicting = keycloak.createUser(username, "someone-else-" + number + "@example.test");

        WebDriver officer = browser();
        officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
        new KeycloakLoginPage(officer).logIn("officer1", TestServers.DEMO_PASSWORD);
        // the officer's home counts the requests waiting for a decision; the count opens exactly those
        HomePage officerHome = new HomePage(officer);
        int pending = officerHome.count("pendingAccountRequests");
        assertThat(pending).isPositive();
        officerHome.follow("pendingAccountRequests");
        AccountRequestsPage pendingOnly = new AccountRequestsPage(officer);
        assertThat(pendingOnly.statuses()).hasSize(pending).containsOnly("審査待ち");
        assertThat(pendingOnly.status(reference)).isEqualTo("審査待ち");
        officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
        new HomePage(officer);
        officer.findElement(By.cssSelector("#homeLinks a[id$='toAccountRequests']")).click();
        AccountRequestsPage requests = new AccountRequestsPage(officer);
        assertThat(requests.status(reference)).isEqualTo("審査待ち");
        requests.approve(reference);
        assertThat(requests.messages()).contains("結合試験医療機器株式会社").contains(username);
        assertThat(requests.canDecide(reference)).isFalse();

        // the administrator sees the incident with its cause; readiness stays UP and counts it
        WebDriver admin = browser();
        admin.get(TestServers.BASE_URL + "/admin/index.xhtml");
        new KeycloakLoginPage(admin).logIn("admin1", TestServers.DEMO_PASSWORD);
        new HomePage(admin);
        admin.findElement(By.cssSelector("#homeLinks a[id$='toIncidents']")).click();
        IncidentsPage incidents = new IncidentsPage(admin);
        var incident = incidents.awaitIncident(reference, Duration.ofSeconds(90));
        Browser.screenshot(admin, testName + "-incident");
        assertThat(incidents.cell(incident, "process")).contains("アカウント申請");
        assertThat(incidents.cell(incident, "step")).contains("Create the organisation and the account");
        assertThat(incidents.cell(incident, "message")).contains(username).contains("already taken");
        // the administrator's home counts it among the open incidents, and the count leads back to the list
        admin.get(TestServers.BASE_URL + "/admin/index.xhtml");
        HomePage adminHome = new HomePage(admin);
        assertThat(adminHome.count("openIncidents")).isPositive();
        adminHome.follow("openIncidents");
        incidents = new IncidentsPage(admin);
        incident = incidents.awaitIncident(reference, Duration.ofSeconds(10));
        JsonObject engine = processEngineHealth();
        assertThat(engine.getString("status")).isEqualTo("UP");
        // MicroProfile Health gives data values as JSON strings or numbers, depending on the server
        String openIncidents = engine.getJsonObject("data").get("openIncidents").toString().replace("\"", "");
        assertThat(Long.parseLong(openIncidents)).isGreaterThanOrEqualTo(1);

        // the cause removed, a retry creates the organisation and the account
        keycloak.deleteUser(conflicting);
        incidents.retry(reference);
        assertThat(incidents.messages()).contains(reference);
        // a retry resolves the incident at once; the job runs in the background (a new incident if it fails again)
        incidents.awaitNoIncident(reference, Duration.ofSeconds(30));
        new WebDriverWait(officer, Duration.ofSeconds(120), Duration.ofSeconds(3)).until(driver -> {
            driver.navigate().refresh();
            return new AccountRequestsPage(driver).status(reference).equals("承認済み（アカウント作成済み）");
        });
        JsonObject account = keycloak.user(username);
        assertThat(account.getJsonObject("attributes").getJsonArray("org").getString(0)).isEqualTo(code);
        assertThat(account.getString("email")).isEqualTo(username + "@example.test");
        assertThat(keycloak.realmRoles(account.getString("id"))).contains("manufacturer").doesNotContain("admin");
        assertThat(account.getJsonArray("requiredActions").getString(0)).isEqualTo("UPDATE_PASSWORD");

        // the organisation is there, and the audit trail has every step
        admin.get(TestServers.BASE_URL + "/admin/users.xhtml?org=" + code);
        assertThat(new UsersPage(admin).status(username)).contains("有効").contains("パスワード未設定");
        admin.get(TestServers.BASE_URL + "/admin/audit.xhtml");
        AuditPage audit = new AuditPage(admin).searchOrganisation(code);
        assertThat(audit.actions()).containsExactly("account-request.account-created", "account-request.approved");
        admin.get(TestServers.BASE_URL + "/admin/audit.xhtml");
        assertThat(new AuditPage(admin).searchOrganisation("MHLW-KIKI").actions()).as("the officer's login")
                .contains("user.logged-in");
    }

    @Test
    void aRejectionNeedsAReason(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        String number = newCorporateNumber();
        WebDriver visitor = browser();
        String reference = fileRequest(visitor, "却下試験株式会社", number, "reject-");

        WebDriver officer = loggedIn("officer1", "/officer/account-requests.xhtml");
        officer.get(TestServers.BASE_URL + "/officer/account-requests.xhtml");
        AccountRequestsPage requests = new AccountRequestsPage(officer);
        requests.reject(reference, " ");
        assertThat(requests.rejectMessages()).contains("却下の理由を");
        requests.closeRejectDialog();
        assertThat(requests.status(reference)).isEqualTo("審査待ち");

        requests.reject(reference, "法人番号の会社と担当者の所属が確認できませんでした。");
        assertThat(requests.messages()).contains("却下試験株式会社");
        assertThat(requests.status(reference)).isEqualTo("却下");
        assertThat(requests.row(reference).getText()).contains("確認できませんでした").contains("officer1");
        assertThat(requests.canDecide(reference)).isFalse();
    }

    @Test
    void anOfficerManagesTheUsersOfManufacturersOnly(TestInfo info) throws Exception {
        testName = info.getTestMethod().orElseThrow().getName();
        String username = "maker-a-it-" + Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
        WebDriver officer = browser();
        officer.get(TestServers.BASE_URL + "/officer/index.xhtml");
        new KeycloakLoginPage(officer).logIn("officer1", TestServers.DEMO_PASSWORD);
        new HomePage(officer);
        officer.findElement(By.cssSelector("#homeLinks a[id$='toManufacturerUsers']")).click();
        UsersPage users = new UsersPage(officer);
        List<String> offered = officer.findElements(By.cssSelector("#usersForm\\:organisation_input option")).stream()
                .map(option -> option.getAttribute("value")).toList();
        assertThat(offered).isNotEmpty().allMatch(code -> code.startsWith("MAKER-"));
        assertThat(officer.findElements(By.cssSelector("[id$=':changeRoles']"))).isEmpty();

        // a hub asked for in the URL is not shown: the service decides, not the menu
        officer.get(TestServers.BASE_URL + "/officer/users.xhtml?org=HUB-HIROSHIMA");
        users = new UsersPage(officer);
        assertThat(users.organisation()).startsWith("MAKER-");
        assertThat(officer.findElement(By.id("usersForm:users")).getText()).doesNotContain("hub-hiroshima");

        officer.get(TestServers.BASE_URL + "/officer/users.xhtml?org=MAKER-A");
        users = new UsersPage(officer);
        users.invite(username, username + "@example.test", "担当", "一郎", "manufacturer");
        assertThat(users.status(username)).contains("有効");
        assertThat(users.roles(username)).isEqualTo("製造販売業者");
        users.disable(username);
        assertThat(users.status(username)).contains("無効");
        users.enable(username);
        assertThat(users.status(username)).contains("有効");
        assertThat(KeycloakAdmin.connect().user(username).getBoolean("enabled")).isTrue();
    }

    @Test
    void anAdministratorChangesASettingAndABadValueIsRefusedAtItsField(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        WebDriver admin = browser();
        admin.get(TestServers.BASE_URL + "/admin/index.xhtml");
        new KeycloakLoginPage(admin).logIn("admin1", TestServers.DEMO_PASSWORD);
        new HomePage(admin);
        admin.findElement(By.cssSelector("#homeLinks a[id$='toSettings']")).click();
        SettingsPage settings = new SettingsPage(admin);
        assertThat(settings.value("submission.outlier.lower-factor")).isEqualTo("1/3");

        settings.change("supply.deadline.triage", "7 days");
        assertThat(settings.isDialogOpen()).isTrue();
        assertThat(settings.dialogMessages()).contains("ISO-8601");
        assertThat(admin.findElement(By.id("settingForm:value")).getAttribute("value")).isEqualTo("7 days");
        settings.closeDialog();

        settings.change("supply.deadline.triage", "P10D");
        assertThat(settings.messages()).contains("supply.deadline.triage").contains("P10D");
        assertThat(settings.value("supply.deadline.triage")).isEqualTo("P10D");
        settings.change("supply.deadline.triage", "P7D");
        assertThat(settings.value("supply.deadline.triage")).isEqualTo("P7D");
    }

    @Test
    void theAdministratorsLimitHoldsBackFurtherRequestsFromOneAddress(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        WebDriver visitor = browser();
        assertThat(fileRequest(visitor, "上限試験株式会社", newCorporateNumber(), "limit-")).isNotBlank();

        WebDriver admin = loggedIn("admin1", "/admin/settings.xhtml");
        admin.get(TestServers.BASE_URL + "/admin/settings.xhtml");
        SettingsPage settings = new SettingsPage(admin);
        settings.change("account-request.per-address-per-hour", "1");
        assertThat(settings.value("account-request.per-address-per-hour")).isEqualTo("1");
        try {
            // this machine has filed a request within the hour: the next one is held back, with nothing stored
            String second = newCorporateNumber();
            visitor.get(TestServers.BASE_URL + "/public/account-request.xhtml");
            AccountRequestPage form = new AccountRequestPage(visitor);
            form.submit("上限試験第二株式会社", second, "上限", "二郎", "limit-" + second + "@example.test", "0312345679");
            Browser.screenshot(visitor, testName + "-held-back");
            assertThat(visitor.findElement(By.id("requestForm:messages")).getText()).contains("1時間の上限に達しました");
            assertThat(form.value("corporateNumber")).as("nothing typed is lost").isEqualTo(second);
        } finally {
            settings.change("account-request.per-address-per-hour", "10");
        }
        assertThat(settings.value("account-request.per-address-per-hour")).isEqualTo("10");
    }

    @Test
    void officerScreensRefuseOthersAndAdministrationScreensRefuseOfficers(TestInfo info) {
        testName = info.getTestMethod().orElseThrow().getName();
        String[][] refused = {
                {"maker-a", "/officer/account-requests.xhtml", "/officer/users.xhtml", "/admin/incidents.xhtml"},
                {"officer1", "/admin/incidents.xhtml", "/admin/settings.xhtml", "/admin/users.xhtml"},
                {"admin1", "/officer/account-requests.xhtml", "/officer/users.xhtml"}};
        for (String[] userAndPages : refused) {
            WebDriver driver = browser();
            driver.get(TestServers.BASE_URL + "/");
            driver.findElement(By.cssSelector("#login a")).click();
            new KeycloakLoginPage(driver).logIn(userAndPages[0], TestServers.DEMO_PASSWORD);
            new HomePage(driver);
            for (int i = 1; i < userAndPages.length; i++) {
                driver.get(TestServers.BASE_URL + userAndPages[i]);
                String title = new WebDriverWait(driver, Duration.ofSeconds(30))
                        .until(ExpectedConditions.presenceOfElementLocated(By.id("errorTitle"))).getText();
                assertThat(title).as(userAndPages[0] + " " + userAndPages[i]).contains("403");
            }
        }
    }

    private WebDriver browser() {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        return driver;
    }

    private static JsonObject processEngineHealth() throws Exception {
        HttpResponse<String> response = ApiIT.get("/health/ready", null);
        assertThat(response.statusCode()).isEqualTo(200);
        return ApiIT.json(response).asJsonObject().getJsonArray("checks").stream().map(JsonObject.class::cast)
                .filter(check -> check.getString("name").equals("process-engine")).findFirst().orElseThrow();
    }

    /** A valid 法人番号 not used before: 12 base digits from the clock, the check digit in front. */
    /** Files a valid request for the company on the public page; returns its reference number. */
    private static String fileRequest(WebDriver visitor, String company, String number, String mailPrefix) {
        visitor.get(TestServers.BASE_URL + "/public/account-request.xhtml");
        new AccountRequestPage(visitor).submit(company, number, "試験", "花子", mailPrefix + number + "@example.test",
                "0312345678");
        return AccountRequestPage.reference(visitor);
    }

    /** A browser of the user, logged in through a link to the page (which the login lands on). */
    private WebDriver loggedIn(String user, String page) {
        WebDriver driver = browser();
        driver.get(TestServers.BASE_URL + page);
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.urlToBe(TestServers.BASE_URL + page));
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .until(ExpectedConditions.presenceOfElementLocated(By.id("currentUser")));
        return driver;
    }

    static String newCorporateNumber() {
        String base = String.format("%012d", (System.nanoTime() / 1000) % 1_000_000_000_000L);
        int sum = 0;
        for (int n = 1; n <= 12; n++) {
            sum += (base.charAt(12 - n) - '0') * (n % 2 == 1 ? 1 : 2);
        }
        return (9 - sum % 9) + base;
    }

    private static String wrongCheckDigit(String number) {
        char check = number.charAt(0);
        return (check == '9' ? '1' : (char) (check + 1)) + number.substring(1);
    }
}

package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import jp.go.mhlw.kpi.it.pages.SupplyCasePage;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.WebDriver;

/**
 * The e-mails of the supply steps as GreenMail receives them through the real SMTP: per step, how many mails each
 * recipient gets and in which language. MAKER-A has maker-a (Japanese) and mail-maker-en (English, created here);
 * the ministry has officer1 (Japanese) and mail-officer-en (English, created here in MHLW-KIKI). Every mail names
 * its case, so a mailbox is counted for this test's case only (other tests mail the same demo users).
 */
@ExtendWith(ArquillianExtension.class)
class StepMailsIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final String MAKER_JA = "maker-a@example.test";
    private static final String MAKER_EN = "mail-maker-en@example.jp";
    private static final String OFFICER_JA = "officer1@example.test";
    private static final String OFFICER_EN = "mail-officer-en@example.jp";
    private static final String OTHER_MAKER = "maker-b@example.test";

    private final List<WebDriver> browsers = new ArrayList<>();
    private final String run = Long.toString(System.nanoTime() % 100_000_000L, 36).toUpperCase(Locale.ROOT);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return TestServers.builtEar();
    }

    @AfterEach
    void stopBrowsers() {
        for (int i = 0; i < browsers.size(); i++) {
            Browser.screenshot(browsers.get(i), "stepMails-" + (i + 1));
            browsers.get(i).quit();
        }
    }

    @Test
    void eachSupplyStepMailsWhoItWaitsForInTheirLanguage() throws Exception {
        KeycloakAdmin keycloak = KeycloakAdmin.connect();
        keycloak.setLocale(keycloak.reporter("mail-maker-en", "MAKER-A", "manufacturer"), "en");
        keycloak.setLocale(keycloak.reporter("mail-officer-en", "MHLW-KIKI", "ministry-officer"), "en");
        String product = "通知試験カテーテル " + run;

        // a first report with blanks: the maker is asked for the additional report
        String caseNumber = openThroughApi(product);
        assertThat(GreenMailbox.awaitSubjects(1, MAKER_JA, caseNumber))
                .singleElement().asString().contains("供給案件 " + caseNumber + ": 報告の提出をお願いします");
        assertThat(GreenMailbox.awaitSubjects(1, MAKER_EN, caseNumber))
                .singleElement().asString().contains("Supply case " + caseNumber + ": please file your report");
        MimeMessage dueMail = GreenMailbox.mails(MAKER_EN, caseNumber).get(0);
        assertThat(dueMail.getContent().toString()).startsWith("Dear manufacturer,")
                .contains(TestServers.BASE_URL + "/supply/case.xhtml?case=" + caseNumber);

        // the additional report is filed: the officers are told, each in their language
        fileThroughApi(caseNumber, product);
        assertThat(GreenMailbox.awaitSubjects(1, OFFICER_JA, caseNumber))
                .singleElement().asString().contains("報告が提出されました");
        assertThat(GreenMailbox.awaitSubjects(1, OFFICER_EN, caseNumber))
                .singleElement().asString().contains("a report was filed");

        // officer1 triages and asks the maker to consider a response: the maker's users get the request
        WebDriver officer = logIn("officer1", "/officer/index.xhtml");
        SupplyCasePage officerView = SupplyCasePage.open(officer, TestServers.BASE_URL, caseNumber)
                .triage("LARGE", "HIGH", "HIGH");
        officerView.decideFurtherAction(true, "対応を検討されたい");
        assertThat(GreenMailbox.awaitSubjects(2, MAKER_JA, caseNumber))
                .last().asString().contains("厚生労働省からの依頼");
        assertThat(GreenMailbox.awaitSubjects(2, MAKER_EN, caseNumber))
                .last().asString().contains("MHLW asks for your answer");

        // maker-a continues supply: the officers hear of the answer, the maker is asked for its consent
        WebDriver maker = logIn("maker-a", "/manufacturer/index.xhtml");
        SupplyCasePage.open(maker, TestServers.BASE_URL, caseNumber).continueSupply();
        assertThat(GreenMailbox.awaitSubjects(2, OFFICER_JA, caseNumber))
                .last().asString().contains("回答が届きました");
        assertThat(GreenMailbox.awaitSubjects(2, OFFICER_EN, caseNumber))
                .last().asString().contains("an answer arrived");
        assertThat(GreenMailbox.awaitSubjects(3, MAKER_JA, caseNumber))
                .last().asString().contains("厚生労働省からの依頼");
        assertThat(GreenMailbox.awaitSubjects(3, MAKER_EN, caseNumber))
                .last().asString().contains("MHLW asks for your answer");

        // nobody else was mailed about the case, and nothing twice
        assertThat(GreenMailbox.subjects(OTHER_MAKER, caseNumber)).isEmpty();
        assertThat(GreenMailbox.subjects(MAKER_JA, caseNumber)).hasSize(3);
        assertThat(GreenMailbox.subjects(OFFICER_JA, caseNumber)).hasSize(2);
    }

    private WebDriver logIn(String user, String home) {
        WebDriver driver = Browser.start();
        browsers.add(driver);
        driver.get(TestServers.BASE_URL + home);
        new KeycloakLoginPage(driver).logIn(user, TestServers.DEMO_PASSWORD);
        new HomePage(driver);
        return driver;
    }

    private static String openThroughApi(String product) throws Exception {
        HttpResponse<String> response = post("/api/supply-cases", """
                {"productName": "%s", "disruptionKind": "SHORTAGE",
                 "contact": {"name": "山田 太郎", "phone": "03-0000-0000"}}""".formatted(product));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.createReader(new StringReader(response.body())).readObject().getString("caseNumber");
    }

    private static void fileThroughApi(String caseNumber, String product) throws Exception {
        HttpResponse<String> response = post("/api/supply-cases/" + caseNumber + "/reports",
                SupplyCaseApiIT.COMPLETE_ADDITIONAL_REPORT.replace("デモカテーテルA 5Fr", product));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static HttpResponse<String> post(String path, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(TestServers.BASE_URL + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + Tokens.accessToken("maker-a"))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}

package jp.go.mhlw.kpi.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.go.mhlw.kpi.it.pages.Browser;
import jp.go.mhlw.kpi.it.pages.CycleOpeningPage;
import jp.go.mhlw.kpi.it.pages.HomePage;
import jp.go.mhlw.kpi.it.pages.KeycloakLoginPage;
import org.openqa.selenium.WebDriver;

/**
 * A body's report request for the browser tests that only open its form (the login's landing page, the accessibility
 * check): the newest of any year, else one of a year opened for them through the secretariat's screen, far ahead of
 * the other tests' years (SubmissionIT 2030, WholeCycleIT 2023, WholeCycleNextYearIT 2024).
 */
final class ReportRequests {

    static final int FISCAL_YEAR = 2031;

    private ReportRequests() {
    }

    /** The newest request of the organisation, opening the year for every body first if it has none. */
    static synchronized long of(String organisation) throws SQLException, InterruptedException {
        long found = newest(organisation);
        if (found != 0) {
            return found;
        }
        WebDriver secretariat = Browser.start();
        try {
            secretariat.get(TestServers.BASE_URL + "/secretariat/index.xhtml");
            new KeycloakLoginPage(secretariat).logIn("secretariat1", TestServers.DEMO_PASSWORD);
            new HomePage(secretariat);
            secretariat.get(TestServers.BASE_URL + "/cycle/open.xhtml");
            new CycleOpeningPage(secretariat).fiscalYear(FISCAL_YEAR)
                    .due(LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(60)).open();
        } finally {
            Browser.screenshot(secretariat, "report-requests-opening");
            secretariat.quit();
        }
        long until = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while ((found = newest(organisation)) == 0) {
            assertThat(System.nanoTime()).as("a request of " + organisation + " is stored").isLessThan(until);
            Thread.sleep(1000);
        }
        return found;
    }

    /** The newest request of the organisation, 0 if it has none. */
    static long newest(String organisation) throws SQLException {
        try (Connection connection = DriverManager.getConnection(CycleRun.DB_URL, "postgres", "");
             PreparedStatement statement = connection.prepareStatement("SELECT MAX(r.id) FROM report_request r"
                     + " JOIN organisation o ON o.id = r.organisation_id WHERE o.code = ?")) {
            statement.setString(1, organisation);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() ? result.getLong(1) : 0;
            }
        }
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V60 on requests submitted before it, on H2 and PostgreSQL: each gets the day of its first submission in Japan
 * (which timeliness compares with the due date), whatever the session's time zone; one never submitted gets none.
 */
class FirstSubmittedDayMigrationTest {

    private static final Map<String, String> EXPECTED = Map.of(
            "HUB-HIROSHIMA", "2024-06-30", // 23:59:59 in Japan
            "HUB-OITA", "2024-07-01", // midnight in Japan
            "HUB-KOBE", "2024-06-30", // 09:00 in Japan
            "MHLW-IRYO", "none");

    @Test
    void eachSubmittedRequestGetsTheDayInJapanOnH2() throws SQLException {
        try (TestDatabase database = TestDatabase.h2()) {
            assertThat(migrateRequestsOfBefore(database, "H2")).isEqualTo(EXPECTED);
        }
    }

    @Test
    void eachSubmittedRequestGetsTheDayInJapanOnPostgresql() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            assertThat(migrateRequestsOfBefore(database, "PostgreSQL")).isEqualTo(EXPECTED);
        }
    }

    private static Map<String, String> migrateRequestsOfBefore(TestDatabase database, String product)
            throws SQLException {
        String[] locations = DatabaseSchema.locations(product, false).toArray(String[]::new);
        Flyway.configure().dataSource(database.url(), database.user(), "").locations(locations).target("52").load()
                .migrate();
        String migratingUrl = database.url();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // the migration runs in a session far from Japan: the day must not depend on it
            if (database.isPostgres()) {
                statement.execute("ALTER DATABASE " + connection.getCatalog() + " SET TIME ZONE 'America/Los_Angeles'");
            } else {
                migratingUrl += ";TIME ZONE=America/Los_Angeles";
            }
            String cycle = "(SELECT MIN(id) FROM follow_up_cycle WHERE fiscal_year = 2023)";
            request(statement, 1, cycle, "HUB-HIROSHIMA", "'2024-06-30 14:59:59+00:00'");
            request(statement, 2, cycle, "HUB-OITA", "'2024-06-30 15:00:00+00:00'");
            request(statement, 3, cycle, "HUB-KOBE", "'2024-06-30 09:00:00+09:00'");
            request(statement, 4, cycle, "MHLW-IRYO", null);
        }
        Flyway.configure().dataSource(migratingUrl, database.user(), "").locations(locations).load().migrate();
        Map<String, String> days = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT o.code, r.first_submitted_on FROM report_request r"
                     + " JOIN organisation o ON o.id = r.organisation_id ORDER BY o.code")) {
            while (rows.next()) {
                days.put(rows.getString(1), rows.getDate(2) == null ? "none" : rows.getDate(2).toLocalDate().toString());
            }
        }
        return days;
    }

    /** A request of the cycle due 2024-06-30, submitted (and waiting for review) at the time given, or not started. */
    private static void request(Statement statement, int id, String cycle, String body, String submittedAt)
            throws SQLException {
        String at = submittedAt == null ? "NULL" : "TIMESTAMP WITH TIME ZONE " + submittedAt;
        statement.execute("INSERT INTO report_request (id, cycle_id, organisation_id, kind, state, due_date,"
                + " requested_at, state_changed_at, first_submitted_at, last_submitted_at) SELECT " + id + ", " + cycle
                + ", o.id, '" + (body.startsWith("MHLW") ? "MINISTRY_PROGRESS_REPORT" : "HUB_REPORT") + "', '"
                + (submittedAt == null ? "NOT_STARTED" : "SUBMITTED") + "', DATE '2024-06-30',"
                + " TIMESTAMP WITH TIME ZONE '2024-04-01 10:00:00+09:00', TIMESTAMP WITH TIME ZONE '2024-04-01 10:00:00+09:00', "
                + at + ", " + at + " FROM organisation o WHERE o.code = '" + body + "'");
    }
}

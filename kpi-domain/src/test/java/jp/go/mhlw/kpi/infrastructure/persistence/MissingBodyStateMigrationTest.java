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
 * V44 on a draft prepared before it, on H2 and PostgreSQL: the bodies the cycle never asked (or whose request is
 * approved) leave the draft, the others get where their request stands.
 */
class MissingBodyStateMigrationTest {

    @Test
    void aDraftKeepsOnlyTheBodiesItsCycleAskedWithTheirStateOnH2() throws SQLException {
        try (TestDatabase database = TestDatabase.h2()) {
            assertThat(migrateADraftOfBefore(database, "H2")).containsExactly(
                    Map.entry("HUB-HIROSHIMA", "CLOSED"), Map.entry("HUB-KOBE", "OVERDUE"),
                    Map.entry("MHLW-IRYO", "AWAITING_REVIEW"));
        }
    }

    @Test
    void aDraftKeepsOnlyTheBodiesItsCycleAskedWithTheirStateOnPostgresql() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            assertThat(migrateADraftOfBefore(database, "PostgreSQL")).containsExactly(
                    Map.entry("HUB-HIROSHIMA", "CLOSED"), Map.entry("HUB-KOBE", "OVERDUE"),
                    Map.entry("MHLW-IRYO", "AWAITING_REVIEW"));
        }
    }

    private static Map<String, String> migrateADraftOfBefore(TestDatabase database, String product)
            throws SQLException {
        String[] locations = DatabaseSchema.locations(product, false).toArray(String[]::new);
        Flyway.configure().dataSource(database.url(), database.user(), "").locations(locations).target("43").load()
                .migrate();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            String cycle = "(SELECT MIN(id) FROM follow_up_cycle WHERE fiscal_year = 2023)";
            statement.execute("INSERT INTO cycle_report (id, cycle_id, status, prepared_by, prepared_at) VALUES (1, "
                    + cycle + ", 'IN_REVIEW', 'secretariat1', TIMESTAMP WITH TIME ZONE '2024-07-01 10:00:00+09:00')");
            request(statement, 1, cycle, "HUB-HIROSHIMA", "HUB_REPORT", "CLOSED");
            request(statement, 2, cycle, "HUB-OITA", "HUB_REPORT", "APPROVED");
            request(statement, 3, cycle, "HUB-KOBE", "HUB_REPORT", "NOT_STARTED");
            request(statement, 4, cycle, "MHLW-IRYO", "MINISTRY_PROGRESS_REPORT", "SUBMITTED");
            for (String body : new String[] {"AMED", "HUB-HIROSHIMA", "HUB-KOBE", "HUB-OITA", "JFMDA-SURVEY",
                    "MHLW-IRYO"}) {
                statement.execute("INSERT INTO cycle_report_missing_body (report_id, organisation_code, name_ja)"
                        + " VALUES (1, '" + body + "', '" + body + "')");
            }
        }
        Flyway.configure().dataSource(database.url(), database.user(), "").locations(locations).load().migrate();
        Map<String, String> missing = new LinkedHashMap<>();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT organisation_code, request_state"
                     + " FROM cycle_report_missing_body ORDER BY organisation_code")) {
            while (rows.next()) {
                missing.put(rows.getString(1), rows.getString(2));
            }
        }
        return missing;
    }

    /** A request of the cycle due 2024-06-30, settled when its state says so. */
    private static void request(Statement statement, int id, String cycle, String body, String kind, String state)
            throws SQLException {
        String settled = state.equals("APPROVED") || state.equals("CLOSED")
                ? "TIMESTAMP WITH TIME ZONE '2024-06-30 10:00:00+09:00'" : "NULL";
        statement.execute("INSERT INTO report_request (id, cycle_id, organisation_id, kind, state, due_date,"
                + " requested_at, state_changed_at, settled_at) SELECT " + id + ", " + cycle + ", o.id, '" + kind
                + "', '" + state + "', DATE '2024-06-30', TIMESTAMP WITH TIME ZONE '2024-04-01 10:00:00+09:00',"
                + " TIMESTAMP WITH TIME ZONE '2024-04-01 10:00:00+09:00', " + settled
                + " FROM organisation o WHERE o.code = '" + body + "'");
    }
}

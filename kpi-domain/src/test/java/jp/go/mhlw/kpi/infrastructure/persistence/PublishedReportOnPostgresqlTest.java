package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** What the public read stays as it was published, even against the application's own database user. */
class PublishedReportOnPostgresqlTest {

    @Test
    void publishedLinesCannotChangeAndAVersionCanOnlyBeMarkedSupersededOnce() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            database.migrate(DatabaseSchema.locations("PostgreSQL", false).toArray(String[]::new));
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO published_report (id, cycle_id, version_number, published_by, published_at)"
                        + " VALUES (1, 2, 1, 'secretariat1', now())");
                statement.execute("INSERT INTO published_report_line (report_id, line_number, goal_number, kpi_code,"
                        + " name_ja, name_en, breakdown, unit, figure_value, printed, formula) VALUES (1, 1, 2,"
                        + " 'G2-VENTURE-SHARE', 'ベンチャー', 'Ventures', 'TOTAL', 'PERCENT', 13.28125, '13.3%', '17 / 128')");

                assertThatThrownBy(() -> statement.execute("UPDATE published_report_line SET printed = '99.9%'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("DELETE FROM published_report_line"))
                        .hasMessageContaining("append-only");
                statement.execute("INSERT INTO published_report_missing_figure (report_id, kpi_code, goal_number,"
                        + " name_ja, name_en, reason_ja, reason_en) VALUES (1, 'G9-NOVEL-ITEM-LISTINGS', 9, '収載件数',"
                        + " 'Listings', '未承認', 'not approved')");
                assertThatThrownBy(() -> statement.execute("UPDATE published_report_missing_figure SET reason_ja = '0件'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("DELETE FROM published_report_missing_figure"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("UPDATE published_report SET published_by = 'someone'"))
                        .hasMessageContaining("only be marked superseded");
                assertThatThrownBy(() -> statement.execute("DELETE FROM published_report"))
                        .hasMessageContaining("cannot be deleted");

                statement.execute("UPDATE published_report SET superseded_at = now()");
                assertThatThrownBy(() -> statement.execute("UPDATE published_report SET superseded_at = now()"))
                        .hasMessageContaining("only be marked superseded, once");
                try (var rows = statement.executeQuery("SELECT printed FROM published_report_line")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("13.3%");
                }
            }
        }
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.published.KpiUnits;
import jp.go.mhlw.kpi.domain.model.published.PrintedNumber;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * V9-V11 run on H2 (default mode) and PostgreSQL, and the printed R4/R5 figures and proposed targets they seed are
 * what the seed material prints: every printed text reads back to its stored value and precision, every figure fits
 * its KPI, and the known errors are there as printed.
 */
class PublishedFiguresMigrationTest {

    @Test
    void seedsThePrintedFiguresAndTargetsOnH2() throws SQLException {
        try (TestDatabase database = TestDatabase.h2()) {
            migrateAndCheck(database);
        }
    }

    @Test
    void seedsThePrintedFiguresAndTargetsOnPostgresql() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            migrateAndCheck(database);
        }
    }

    private static void migrateAndCheck(TestDatabase database) throws SQLException {
        MigrateResult result = database.migrate(TestDatabase.REFERENCE_DATA);
        assertThat(result.success).isTrue();
        try (Connection connection = database.connect()) {
            assertPrintedFigures(connection);
            assertEveryPrintedTextReadsBackToItsValue(connection);
            assertTargets(connection);
            assertConstraints(connection);
        }
    }

    private static void assertPrintedFigures(Connection connection) throws SQLException {
        assertThat(count(connection, "SELECT COUNT(*) FROM published_figure")).isEqualTo(153);
        assertThat(groupCounts(connection, "SELECT c.fiscal_year, COUNT(*) FROM published_figure f"
                + " JOIN follow_up_cycle c ON c.id = f.cycle_id GROUP BY c.fiscal_year"))
                .containsOnly(Map.entry("2022", 28L), Map.entry("2023", 125L));
        // the focus-area tables: 11 rows (全体, 6 focus-area rows, 4 stage rows) × 4 figures × 2 populations, R5 only
        assertThat(count(connection, "SELECT COUNT(*) FROM published_figure f JOIN kpi k ON k.id = f.kpi_id"
                + " JOIN follow_up_cycle c ON c.id = f.cycle_id WHERE k.code LIKE 'G6-%' AND c.fiscal_year = 2023"))
                .isEqualTo(88);
        // R4 as printed in the R5 comparison: already halved, and marked so
        assertThat(strings(connection, "SELECT f.printed_text FROM published_figure f JOIN kpi k ON k.id = f.kpi_id"
                + " JOIN follow_up_cycle c ON c.id = f.cycle_id WHERE k.code = 'G1-TRAINING-PARTICIPANTS'"
                + " AND f.unit = 'COUNT' AND c.fiscal_year = 2022 AND f.printed_normalised = TRUE ORDER BY f.id"))
                .containsExactly("594", "734", "629", "366", "414", "262");
        assertThat(strings(connection, "SELECT f.printed_text FROM published_figure f JOIN kpi k ON k.id = f.kpi_id"
                + " JOIN follow_up_cycle c ON c.id = f.cycle_id WHERE k.code = 'G1-TRAINING-PARTICIPANTS'"
                + " AND f.unit = 'COUNT' AND c.fiscal_year = 2023 ORDER BY f.id"))
                .containsExactly("770名", "653名", "724名", "208名", "428名", "29名");
        // the wrong values stay as printed
        assertThat(printed(connection, 2023, "G6-STAGE-UP-RATIO", "TOTAL", "PERCENT")).isEqualTo("27.4％");
        assertThat(printed(connection, 2023, "G6-STAGE-UP-RATIO", "FA3", "PERCENT")).isEqualTo("55.5％");
        assertThat(printed(connection, 2023, "G6-ADOPTED-THEMES", "PRODUCT_DEVELOPMENT", "COUNT")).isEqualTo("全64テーマ");
        assertThat(printed(connection, 2023, "G6-AVERAGE-GRANT", "TOTAL", "THOUSAND_YEN")).isEqualTo("57,874千円");
        assertThat(printed(connection, 2023, "G1-PARTICIPANTS-PER-COURSE", "INDUSTRY", "AVERAGE")).isEqualTo("37名");
        assertThat(printed(connection, 2023, "G1-TRAINING-PARTICIPANTS", "HEALTHCARE_PROFESSIONALS", "TIMES")).isEqualTo("1.3倍");
        assertThat(printed(connection, 2022, "G2-VENTURE-SHARE", "TOTAL", "PERCENT")).isEqualTo("7.5%");
        assertThat(printed(connection, 2023, "G2-VENTURE-SHARE", "TOTAL", "PERCENTAGE_POINTS")).isEqualTo("5.8ポイント上昇");
        assertThat(printed(connection, 2023, "G2-OTHER-INDUSTRY-SHARE", "TOTAL", "PERCENT")).isEqualTo("5.4%");
        assertThat(printed(connection, 2022, "G3-HUB-COOPERATION", "TOTAL", "COUNT")).isEqualTo("52件");
        assertThat(printed(connection, 2023, "G3-HUB-COOPERATION-PER-HUB", "TOTAL", "AVERAGE")).isEqualTo("4.4件");
        assertThat(printed(connection, 2023, "G3-JOINT-RESEARCH", "CLINICAL", "COUNT")).isEqualTo("41");
        assertThat(printed(connection, 2022, "G6-AVERAGE-GRANT", "FA1", "THOUSAND_YEN")).isEqualTo("（43,721）");
        // every seeded row names its source slide and who entered it
        assertThat(count(connection, "SELECT COUNT(*) FROM published_figure WHERE source NOT LIKE '資料3-1 p.%'"
                + " OR entered_by IS NULL OR entered_at IS NULL")).isZero();
        // only counts of KPIs normalised by period are marked as printed normalised, and only in R4
        assertThat(count(connection, "SELECT COUNT(*) FROM published_figure f JOIN kpi k ON k.id = f.kpi_id"
                + " JOIN follow_up_cycle c ON c.id = f.cycle_id WHERE f.printed_normalised = TRUE"
                + " AND (k.normalised_by_period = FALSE OR f.unit <> 'COUNT' OR c.normalisation_denominator = 1)")).isZero();
    }

    private static void assertEveryPrintedTextReadsBackToItsValue(Connection connection) throws SQLException {
        List<String> mismatches = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT f.id, f.printed_text, f.printed_value, f.printed_decimals,"
                     + " f.unit, k.kind, k.code, f.breakdown FROM published_figure f JOIN kpi k ON k.id = f.kpi_id")) {
            while (rows.next()) {
                String text = rows.getString(2);
                PrintedNumber printed = PrintedNumber.parse(text);
                BigDecimal stored = rows.getBigDecimal(3);
                FigureUnit unit = FigureUnit.valueOf(rows.getString(5));
                boolean fits = printed.value().compareTo(stored) == 0 && printed.decimals() == rows.getInt(4)
                        && printed.fits(unit) && KpiUnits.allows(KpiKind.valueOf(rows.getString(6)), unit);
                if (!fits) {
                    mismatches.add(rows.getLong(1) + " " + rows.getString(7) + " " + rows.getString(8) + " 「" + text + "」 stored "
                            + stored.toPlainString() + " / " + rows.getInt(4) + " decimals as " + unit);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static void assertTargets(Connection connection) throws SQLException {
        assertThat(strings(connection, "SELECT k.code || ' ' || t.breakdown || ' ' || t.rule_kind FROM kpi_target t"
                + " JOIN kpi k ON k.id = t.kpi_id ORDER BY t.id")).containsExactly(
                "G1-TRAINING-PARTICIPANTS AI AT_LEAST_MULTIPLE_OF_PREVIOUS",
                "G1-TRAINING-PARTICIPANTS COORDINATORS AT_LEAST_MULTIPLE_OF_PREVIOUS",
                "G1-TRAINING-PARTICIPANTS INDUSTRY AT_LEAST_MULTIPLE_OF_PREVIOUS",
                "G1-TRAINING-SATISFACTION HEALTHCARE_PROFESSIONALS HIGHER_THAN_PREVIOUS",
                "G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE TOTAL HIGHER_THAN_PREVIOUS",
                "G6-ADOPTED-THEMES FA5 HIGHER_THAN_PREVIOUS");
        // proposed in R5 (the 4th meeting), effective from FY2024, not adopted
        assertThat(count(connection, "SELECT COUNT(*) FROM kpi_target t JOIN follow_up_cycle c"
                + " ON c.id = t.proposed_in_cycle_id WHERE c.fiscal_year = 2023 AND t.effective_from_fiscal_year = 2024"
                + " AND t.status = 'PROPOSED' AND t.source LIKE '資料3-1 p.%'")).isEqualTo(6);
        assertThat(count(connection, "SELECT COUNT(*) FROM kpi_target WHERE factor = 1.2")).isEqualTo(3);
    }

    /** What the database refuses on its own, whatever writes to it. */
    private static void assertConstraints(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        String insertFigure = "INSERT INTO published_figure (id, cycle_id, kpi_id, breakdown, unit, printed_text,"
                + " printed_value, printed_decimals, source, entered_by, entered_at) VALUES (999, 2, %s, '%s', '%s', 'x', %s, 0,"
                + " 'test', 'test', CURRENT_TIMESTAMP)";
        try (Statement statement = connection.createStatement()) {
            // a KPI without printed figures accepts a row: the statements below fail for their own reason only
            statement.executeUpdate(String.format(insertFigure, 28, "TOTAL", "AVERAGE", "2"));
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(String.format(insertFigure,
                    "(SELECT id FROM kpi WHERE code = 'G6-STAGE-UP-RATIO')", "TOTAL", "PERCENT", "24.7")))
                    .as("one printed figure per cycle, KPI, breakdown and unit").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(String.format(insertFigure, 28, "TOTAL", "PERCENT", "100.1")))
                    .as("a share is at most 100%").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(String.format(insertFigure, 28, "TOTAL", "COUNT", "-1")))
                    .as("only a point change is negative").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(String.format(insertFigure, 28, "TOTAL", "YEARS", "2")))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE published_figure SET printed_normalised = TRUE WHERE unit = 'PERCENT'"))
                    .as("only counts are printed normalised").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE kpi_target SET factor = NULL WHERE id = 1"))
                    .as("a multiple needs its factor").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE kpi_target SET rule_kind = 'UP_BY_AT_LEAST_POINTS', factor = NULL, points = 1 WHERE id = 1"))
                    .as("points are for shares only").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate("UPDATE kpi_target SET effective_to_fiscal_year = 2023"
                    + " WHERE id = 1")).isInstanceOf(SQLException.class);
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static String printed(Connection connection, int fiscalYear, String kpi, String breakdown, String unit)
            throws SQLException {
        List<String> values = strings(connection, "SELECT f.printed_text FROM published_figure f"
                + " JOIN kpi k ON k.id = f.kpi_id JOIN follow_up_cycle c ON c.id = f.cycle_id"
                + " WHERE c.fiscal_year = " + fiscalYear + " AND k.code = '" + kpi + "' AND f.breakdown = '" + breakdown
                + "' AND f.unit = '" + unit + "'");
        assertThat(values).as(fiscalYear + " " + kpi + " " + breakdown + " " + unit).hasSize(1);
        return values.get(0);
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            assertThat(rows.next()).as(sql).isTrue();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static Map<String, Long> groupCounts(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put(rows.getString(1), rows.getLong(2));
            }
        }
        return counts;
    }
}

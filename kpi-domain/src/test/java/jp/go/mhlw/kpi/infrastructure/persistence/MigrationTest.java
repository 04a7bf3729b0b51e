package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/**
 * Every migration of db/migration runs on H2 (default mode, as Camunda's scripts need) and on PostgreSQL, and
 * leaves the reference data the committee's figures rest on.
 */
class MigrationTest {

    @Test
    void migratesH2InDefaultModeAndLoadsTheReferenceData() throws SQLException {
        try (TestDatabase database = TestDatabase.h2()) {
            migrateAndCheck(database);
        }
    }

    @Test
    void migratesPostgresqlAndLoadsTheReferenceData() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            migrateAndCheck(database);
        }
    }

    @Test
    void demoManufacturersPassTheCorporateNumberCheck() throws SQLException {
        try (TestDatabase database = TestDatabase.h2()) {
            database.migrate(TestDatabase.REFERENCE_DATA, TestDatabase.DEMO_DATA);
            try (Connection connection = database.connect()) {
                assertThat(strings(connection, "SELECT corporate_number FROM organisation"
                        + " WHERE kind = 'MANUFACTURER' ORDER BY code"))
                        .containsExactly("8900000000001", "7900000000002");
            }
        }
    }

    private static void migrateAndCheck(TestDatabase database) throws SQLException {
        MigrateResult result = database.migrate(TestDatabase.REFERENCE_DATA);
        assertThat(result.success).isTrue();
        try (Connection connection = database.connect()) {
            assertHubsAndTheirProgrammes(connection);
            assertAmedProgrammes(connection);
            assertSecondPlanCatalogue(connection);
            assertCycles(connection);
            assertConstraints(connection);
        }
    }

    private static void assertHubsAndTheirProgrammes(Connection connection) throws SQLException {
        assertThat(groupCounts(connection, "SELECT p.ministry, p.code, COUNT(*) FROM organisation o"
                + " JOIN hub_programme p ON p.id = o.hub_programme_id WHERE o.kind = 'HUB' GROUP BY p.ministry, p.code"))
                .containsOnly(
                        Map.entry("MHLW MHLW-NEXT-GENERATION-HUBS", 14L),
                        Map.entry("METI METI-REGIONAL-HUB-AUTONOMY", 6L));
        assertThat(count(connection, "SELECT COUNT(*) FROM organisation WHERE kind = 'HUB'")).isEqualTo(20);
        assertThat(strings(connection, "SELECT d.code FROM hub_programme p JOIN organisation d ON d.id = p.division_id"
                + " ORDER BY p.id")).containsExactly("MHLW-ISEI", "METI-HEALTHCARE");
    }

    private static void assertAmedProgrammes(Connection connection) throws SQLException {
        assertThat(count(connection, "SELECT COUNT(*) FROM amed_programme")).isEqualTo(16);
        // slide 42: "下記事業の186課題を対象とし", and the 16 printed counts add up to it
        assertThat(count(connection, "SELECT SUM(theme_count) FROM amed_programme_theme_count WHERE fiscal_year = 2023"))
                .isEqualTo(186);
        assertThat(groupCounts(connection, "SELECT p.ministry, SUM(c.theme_count) FROM amed_programme p"
                + " JOIN amed_programme_theme_count c ON c.amed_programme_id = p.id GROUP BY p.ministry"))
                .containsOnly(Map.entry("MEXT", 32L), Map.entry("METI", 87L), Map.entry("MHLW", 67L));
        assertThat(count(connection, "SELECT c.theme_count FROM amed_programme p JOIN amed_programme_theme_count c"
                + " ON c.amed_programme_id = p.id WHERE p.code = 'MHLW-MEDICAL-DEVICE-DEVELOPMENT'")).isEqualTo(34);
    }

    private static void assertSecondPlanCatalogue(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet plan = statement.executeQuery("SELECT name_ja, cabinet_decision_date, valid_from, valid_to"
                     + " FROM basic_plan WHERE code = 'PLAN-2'")) {
            assertThat(plan.next()).isTrue();
            assertThat(plan.getString(1)).isEqualTo("第2期医療機器基本計画");
            assertThat(plan.getDate(2).toLocalDate()).isEqualTo(LocalDate.of(2022, 5, 31));
            assertThat(plan.getDate(3).toLocalDate()).isEqualTo(LocalDate.of(2022, 5, 31));
            assertThat(plan.getDate(4)).isNull();
        }
        // 11 goals under 3 visions: ①-⑦ under A, ⑧-⑩ under B, ⑪ under C
        assertThat(groupCounts(connection, "SELECT v.code, COUNT(*) FROM plan_goal g"
                + " JOIN plan_vision v ON v.id = g.vision_id JOIN basic_plan p ON p.id = g.plan_id"
                + " WHERE p.code = 'PLAN-2' GROUP BY v.code"))
                .containsOnly(Map.entry("A", 7L), Map.entry("B", 3L), Map.entry("C", 1L));
        assertThat(strings(connection, "SELECT g.goal_number FROM plan_goal g JOIN plan_vision v ON v.id = g.vision_id"
                + " WHERE v.code = 'B' ORDER BY g.goal_number")).containsExactly("8", "9", "10");
        // every goal has at least one KPI or follow-up item
        assertThat(count(connection, "SELECT COUNT(*) FROM plan_goal g WHERE NOT EXISTS"
                + " (SELECT 1 FROM kpi k WHERE k.goal_id = g.id)")).isZero();
        assertThat(count(connection, "SELECT COUNT(*) FROM kpi")).isEqualTo(40);
        assertThat(strings(connection, "SELECT k.code FROM kpi k JOIN plan_goal g ON g.id = k.goal_id"
                + " WHERE g.goal_number = 2 ORDER BY k.display_order"))
                .containsExactly("G2-VENTURE-SHARE", "G2-OTHER-INDUSTRY-SHARE");
        // the definitions the committee printed are there in both languages
        assertThat(strings(connection, "SELECT definition_ja FROM kpi WHERE code = 'G2-VENTURE-SHARE'").get(0))
                .contains("創業から15年以内の中小企業", "3億円以下", "従業員300人以下");
        assertThat(strings(connection, "SELECT definition_en FROM kpi WHERE code = 'G2-OTHER-INDUSTRY-SHARE'").get(0))
                .contains("within the last 5 years", "ventures are counted separately");
        assertThat(strings(connection, "SELECT code FROM kpi WHERE normalised_by_period = TRUE ORDER BY id"))
                .containsExactly("G1-TRAINING-PARTICIPANTS", "G1-TRAINING-COURSES", "G3-JOINT-RESEARCH",
                        "G3-HUB-COOPERATION", "G3-INTERNATIONAL-TRIAL-INFRASTRUCTURE");
        // each KPI's computation as plans/plan-2.json names it (V68; Plan2StoredComputationsTest compares them all)
        assertThat(count(connection, "SELECT COUNT(*) FROM kpi WHERE computation = 'typed-in'")).isEqualTo(10);
        assertThat(strings(connection, "SELECT computation || ' ' || computation_parameters FROM kpi"
                + " WHERE code = 'G9-NOVEL-ITEM-LISTINGS'"))
                .containsExactly("ministry-figure {\"figure\":\"HIGHLY_NOVEL_LISTINGS\"}");
    }

    private static void assertCycles(Connection connection) throws SQLException {
        List<List<Object>> cycles = rows(connection, "SELECT c.fiscal_year, c.period_start, c.period_end,"
                + " c.normalisation_numerator, c.normalisation_denominator, c.survey_reference_date, c.status"
                + " FROM follow_up_cycle c JOIN basic_plan p ON p.id = c.plan_id WHERE p.code = 'PLAN-2'"
                + " ORDER BY c.fiscal_year");
        assertThat(cycles).containsExactly(
                List.of(2022, date(2021, 4, 1), date(2023, 3, 6), 1, 2, date(2023, 1, 1), "PUBLISHED"),
                List.of(2023, date(2023, 4, 1), date(2024, 3, 31), 1, 1, date(2024, 1, 1), "PUBLISHED"));
    }

    /** What the database refuses on its own, whatever writes to it. */
    private static void assertConstraints(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE organisation SET corporate_number = '7000012050002' WHERE code = 'AMED'");
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE organisation SET corporate_number = '700001205000X' WHERE code = 'AMED'"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE organisation SET corporate_number = '7000012' WHERE code = 'AMED'"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE organisation SET hub_programme_id = 1 WHERE code = 'AMED'"))
                    .as("only hubs belong to a hub programme").isInstanceOf(SQLException.class);
            connection.rollback();
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE follow_up_cycle SET normalisation_denominator = 0 WHERE fiscal_year = 2022"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            // a goal cannot sit under another plan's vision
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO plan_goal"
                    + " (id, plan_id, vision_id, goal_number, name_ja, name_en) VALUES (999, 1, 1, 1, 'x', 'x')"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            // a KPI has exactly one kind of implementing body
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO kpi (id, plan_id, goal_id, code, display_order,"
                    + " kind, unit_ja, unit_en, implementing_body_kind, implementing_body_id, name_ja, name_en,"
                    + " definition_ja, definition_en) VALUES (999, 2, 1, 'X', 9, 'COUNT', '件', 'cases', 'HUB', 21,"
                    + " 'x', 'x', 'x', 'x')"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
            // only a computation the application knows
            assertThatThrownBy(() -> statement.executeUpdate(
                    "UPDATE kpi SET computation = 'weighted-sum' WHERE code = 'G4-NON-CLINICAL-EVALUATION'"))
                    .isInstanceOf(SQLException.class);
            connection.rollback();
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static Date date(int year, int month, int day) {
        return Date.valueOf(LocalDate.of(year, month, day));
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

    /** The last column is a count; the others, joined by a space, are its key. */
    private static Map<String, Long> groupCounts(Connection connection, String sql) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<String> key = new ArrayList<>();
                for (int i = 1; i < columns; i++) {
                    key.add(rows.getString(i));
                }
                counts.put(String.join(" ", key), rows.getLong(columns));
            }
        }
        return counts;
    }

    private static List<List<Object>> rows(Connection connection, String sql) throws SQLException {
        List<List<Object>> result = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                List<Object> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(rows.getObject(i));
                }
                result.add(row);
            }
        }
        return result;
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;
import org.junit.jupiter.api.Test;

class JpaAuditRepositoryTest extends JpaTestSupport {

    private static final OffsetDateTime MARCH_1 = OffsetDateTime.of(2024, 3, 1, 9, 0, 0, 0, ZoneOffset.ofHours(9));

    @Test
    void recordsAreFoundByObjectActorOrganisationAndPeriodNewestFirst() {
        JpaAuditRepository audit = auditRecords();
        audit.append(AuditRecord.of(MARCH_1, "hub-hiroshima", "HUB-HIROSHIMA",
                AuditEntry.of("submission.submitted", "submission", "7", "HUB-HIROSHIMA", "提出")));
        audit.append(AuditRecord.of(MARCH_1.plusDays(2), "officer1", "MHLW-KIKI",
                new AuditEntry("submission.returned", "submission", "7", "HUB-HIROSHIMA", "差戻し", "{\"s\":1}", "{\"s\":2}")));
        audit.append(AuditRecord.of(MARCH_1.plusDays(3), "maker-a", "MAKER-A",
                AuditEntry.of("supply.reported", "supply-case", "S-1", "MAKER-A", "初回報告")));
        flushAndClear();

        assertThat(audit.search(AuditSearch.ofObject("submission", "7")))
                .extracting(AuditRecord::getAction).containsExactly("submission.returned", "submission.submitted");
        // an organisation's trail holds what its people did and what others did to its objects
        assertThat(audit.search(new AuditSearch(null, "HUB-HIROSHIMA", null, null, null, null, 0, 10)))
                .extracting(AuditRecord::getActor).containsExactly("officer1", "hub-hiroshima");
        assertThat(audit.search(new AuditSearch("maker-a", null, null, null, null, null, 0, 10))).hasSize(1);
        assertThat(audit.count(new AuditSearch(null, null, null, null, MARCH_1.plusDays(1), MARCH_1.plusDays(3), 0, 10)))
                .isEqualTo(1);
        assertThat(audit.search(new AuditSearch(null, null, null, null, null, null, 1, 1)))
                .extracting(AuditRecord::getActor).containsExactly("officer1");
        AuditRecord returned = audit.search(AuditSearch.ofObject("submission", "7")).get(0);
        assertThat(returned.getBeforeState()).isEqualTo("{\"s\":1}");
        assertThat(returned.getId()).isPositive();
    }

    @Test
    void onPostgreSqlAuditRecordsCannotBeChangedOrRemoved() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            database.migrate(DatabaseSchema.locations("PostgreSQL", false).toArray(String[]::new));
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO audit_record (id, occurred_at, actor, action, object_type, object_id, summary)"
                        + " VALUES (1, now(), 'officer1', 'submission.approved', 'submission', '7', '承認')");

                assertThatThrownBy(() -> statement.execute("UPDATE audit_record SET actor = 'someone-else'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("DELETE FROM audit_record"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("TRUNCATE audit_record"))
                        .hasMessageContaining("append-only");
                try (var rows = statement.executeQuery("SELECT actor FROM audit_record")) {
                    rows.next();
                    assertThat(rows.getString(1)).isEqualTo("officer1");
                }
            }
        }
    }

    @Test
    void onPostgreSqlFiledSupplyReportsCannotBeChangedOrRemoved() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            database.migrate(DatabaseSchema.locations("PostgreSQL", true).toArray(String[]::new));
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO supply_case (id, case_number, manufacturer_organisation, product_name,"
                        + " opened_at, state, latest_version_number, latest_report_kind, latest_filed_at)"
                        + " VALUES (1, 'SC-2026-000001', 'MAKER-A', 'テスト製品', now(), 'REPORTED', 1, 'FIRST', now())");
                statement.execute("INSERT INTO supply_report_version (id, case_id, version_number, kind, form_number,"
                        + " filed_by, filed_at, content) VALUES (1, 1, 1, 'FIRST', '10-2', 'maker-a', now(), '{}')");

                assertThatThrownBy(() -> statement.execute("UPDATE supply_report_version SET content = '{\"x\":1}'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("DELETE FROM supply_report_version"))
                        .hasMessageContaining("append-only");
            }
        }
    }

    @Test
    void theAppendOnlyTriggerIsMigratedOnPostgreSqlOnly() {
        assertThat(DatabaseSchema.locations("PostgreSQL", false)).contains("classpath:db/vendor/postgresql");
        assertThat(DatabaseSchema.locations("H2", true)).doesNotContain("classpath:db/vendor/postgresql")
                .contains("classpath:db/demo");
    }
}

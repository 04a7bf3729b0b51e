package jp.go.mhlw.kpi.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void aRecordBecomesOneCsvLineWithQuotingAndEscaping() throws Exception {
        AuditRecord record = AuditRecord.of(OffsetDateTime.of(2024, 3, 1, 9, 30, 0, 0, ZoneOffset.ofHours(9)),
                "officer1", "MHLW-KIKI", new AuditEntry("submission.returned", "submission", "42", "HUB-HIROSHIMA",
                        "差戻し: \"研修\"の件数, 再確認", "{\"state\":\"SUBMITTED\"}", "{\"state\":\"RETURNED\"}"));
        StringWriter out = new StringWriter();

        AuditCsv.writeHeader(out);
        AuditCsv.writeRow(out, record);

        assertThat(out.toString().split("\r\n")).containsExactly(
                "occurred_at,actor,actor_organisation,action,object_type,object_id,object_organisation,summary,before,after",
                "2024-03-01T09:30+09:00,officer1,MHLW-KIKI,submission.returned,submission,42,HUB-HIROSHIMA,"
                        + "\"差戻し: \"\"研修\"\"の件数, 再確認\",\"{\"\"state\"\":\"\"SUBMITTED\"\"}\","
                        + "\"{\"\"state\"\":\"\"RETURNED\"\"}\"");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaAreKeptAsText() {
        assertThat(AuditCsv.CSV.cell("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(AuditCsv.CSV.cell("+81-3")).isEqualTo("'+81-3");
        assertThat(AuditCsv.CSV.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsv.CSV.cell("普通の値")).isEqualTo("普通の値");
        assertThat(AuditCsv.CSV.cell(null)).isEmpty();
    }

    @Test
    void anEntryNeedsItsActionObjectAndSummary() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditEntry.of("", "submission", "1", null, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> AuditEntry.of("a", "submission", "1", null, "x".repeat(1001)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("summary");
    }
}

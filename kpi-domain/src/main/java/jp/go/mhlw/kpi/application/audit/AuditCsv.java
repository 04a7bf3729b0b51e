package jp.go.mhlw.kpi.application.audit;

import java.io.IOException;
import java.io.Writer;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.shared.Csv;

/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet: cells that would start a formula are quoted as text. */
final class AuditCsv {

    /** Every cell that could start a formula is kept as text, numbers too. */
    static final Csv CSV = Csv.neutralisingAll();

    private AuditCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(CSV.line("occurred_at", "actor", "actor_organisation", "action", "object_type", "object_id",
                "object_organisation", "summary", "before", "after"));
    }

    static void writeRow(Writer out, AuditRecord record) throws IOException {
        out.write(CSV.line(record.getOccurredAt().toString(), record.getActor(), record.getActorOrganisation(),
                record.getAction(), record.getObjectType(), record.getObjectId(), record.getObjectOrganisation(),
                record.getSummary(), record.getBeforeState(), record.getAfterState()));
    }
}

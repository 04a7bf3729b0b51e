package jp.go.mhlw.kpi.application.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;

/** The audit trail as CSV (RFC 4180), safe to open in a spreadsheet: cells that would start a formula are quoted as text. */
final class AuditCsv {

    private AuditCsv() {
    }

    static void writeHeader(Writer out) throws IOException {
        out.write(line("occurred_at", "actor", "actor_organisation", "action", "object_type", "object_id",
                "object_organisation", "summary", "before", "after"));
    }

    static void writeRow(Writer out, AuditRecord record) throws IOException {
        out.write(line(record.getOccurredAt().toString(), record.getActor(), record.getActorOrganisation(),
                record.getAction(), record.getObjectType(), record.getObjectId(), record.getObjectOrganisation(),
                record.getSummary(), record.getBeforeState(), record.getAfterState()));
    }

    static String line(String... cells) {
        return Stream.of(cells).map(AuditCsv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String text = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}

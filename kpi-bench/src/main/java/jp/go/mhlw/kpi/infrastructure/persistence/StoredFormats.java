package jp.go.mhlw.kpi.infrastructure.persistence;

import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;

/**
 * The JSON text the application stores for a submission's content, its warnings and justifications, and a supply
 * report, written by the application's own writers (package-private there: this class sits in their package), so
 * that the benchmark's generated rows read back as the application's own; and the readers, to check them.
 */
public final class StoredFormats {

    private StoredFormats() {
    }

    public static String submission(SubmissionContent content) {
        return SubmissionJson.write(content);
    }

    public static String noWarnings() {
        return SubmissionJson.writeWarnings(List.of());
    }

    public static String noJustifications() {
        return SubmissionJson.writeJustifications(Map.of());
    }

    public static String supplyReport(SupplyReport report) {
        return SupplyReportJson.write(report);
    }

    /** Reads stored submission content back as the application does (throws what it would throw). */
    public static SubmissionContent readSubmission(String stored) {
        return SubmissionJson.read(stored);
    }

    /** Reads a stored supply report back as the application does (throws what it would throw). */
    public static SupplyReport readSupplyReport(String stored) {
        return SupplyReportJson.read(stored);
    }
}

package jp.go.mhlw.kpi.application;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;

/**
 * The audit trail as a service sees it, outside the container: it keeps what the service records, so that a test can
 * check that every change is recorded exactly once (who and when are added by the real {@link AuditTrail}).
 */
public class RecordingAuditTrail extends AuditTrail {

    public final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    public List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}

package jp.go.mhlw.kpi.application.followup;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;

/** The audit trail outside the container: keeps what the services record, so tests can count it. */
class RecordingAudit extends AuditTrail {

    final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public void record(AuditEntry entry) {
        entries.add(entry);
    }

    List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}

package jp.go.mhlw.kpi.domain.model.audit;

import java.util.Objects;

/**
 * What a service reports about one state change: the action (e.g. "submission.approved"), the object it changed
 * and the organisation that object belongs to, a one-line summary, and the states before and after (JSON text,
 * null where not applicable). The audit trail adds who and when.
 */
public record AuditEntry(String action, String objectType, String objectId, String objectOrganisation, String summary,
                         String before, String after) {

    public AuditEntry {
        requireText(action, "action", 64);
        requireText(objectType, "objectType", 64);
        requireText(objectId, "objectId", 64);
        requireText(summary, "summary", 1000);
    }

    /** A change without before/after states (e.g. a login, a publication). */
    public static AuditEntry of(String action, String objectType, String objectId, String objectOrganisation, String summary) {
        return new AuditEntry(action, objectType, objectId, objectOrganisation, summary, null, null);
    }

    private static void requireText(String value, String name, int maxLength) {
        Objects.requireNonNull(value, name);
        if (value.isBlank() || value.length() > maxLength) {
            throw new IllegalArgumentException(name + " must be 1 to " + maxLength + " characters");
        }
    }
}

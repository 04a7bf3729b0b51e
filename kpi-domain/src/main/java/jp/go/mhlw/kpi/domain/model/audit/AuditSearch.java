package jp.go.mhlw.kpi.domain.model.audit;

import java.time.OffsetDateTime;

/** Criteria of an audit search; null criteria match everything. Newest first, paged. */
public record AuditSearch(String actor, String organisation, String objectType, String objectId,
                          OffsetDateTime from, OffsetDateTime until, int firstResult, int maxResults) {

    public static final int MAX_PAGE = 1000;

    public AuditSearch {
        if (firstResult < 0) {
            throw new IllegalArgumentException("firstResult must not be negative");
        }
        if (maxResults < 1 || maxResults > MAX_PAGE) {
            throw new IllegalArgumentException("maxResults must be 1 to " + MAX_PAGE);
        }
        if (from != null && until != null && until.isBefore(from)) {
            throw new IllegalArgumentException("the end of the period is before its start");
        }
    }

    /** The history of one object, e.g. a submission or a supply case. */
    public static AuditSearch ofObject(String objectType, String objectId) {
        return new AuditSearch(null, null, objectType, objectId, null, null, 0, MAX_PAGE);
    }
}

package jp.go.mhlw.kpi.domain.model.audit;

import java.util.List;

/** Append and search; there is deliberately no update and no delete. */
public interface AuditRepository {

    void append(AuditRecord record);

    List<AuditRecord> search(AuditSearch search);

    long count(AuditSearch search);
}

package jp.go.mhlw.kpi.application.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Reading the audit trail: search and CSV export, for administrators. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class AuditLog {

    @Inject
    AuditRepository repository;

    @ReadOnly
    public List<AuditRecord> search(AuditSearch search) {
        return repository.search(search);
    }

    @ReadOnly
    public long count(AuditSearch search) {
        return repository.count(search);
    }

    /** Writes every record matching the criteria (page by page) as CSV, newest first. */
    @ReadOnly
    public void exportCsv(AuditSearch criteria, Writer out) {
        try {
            AuditCsv.writeHeader(out);
            int first = 0;
            List<AuditRecord> page;
            do {
                page = repository.search(new AuditSearch(criteria.actor(), criteria.organisation(), criteria.objectType(),
                        criteria.objectId(), criteria.from(), criteria.until(), first, AuditSearch.MAX_PAGE));
                for (AuditRecord record : page) {
                    AuditCsv.writeRow(out, record);
                }
                first += page.size();
            } while (page.size() == AuditSearch.MAX_PAGE);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

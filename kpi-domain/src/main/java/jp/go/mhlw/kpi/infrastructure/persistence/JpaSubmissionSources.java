package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionSource;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionSources;

/**
 * The request, version number and body of KPI values' submission versions: one query for a page's figures (the
 * versions' ids in one IN list, in parts of {@value #PART} only for pages with more).
 */
@ApplicationScoped
public class JpaSubmissionSources implements SubmissionSources {

    static final int PART = 1000;

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaSubmissionSources() {
    }

    /** For tests outside the container. */
    JpaSubmissionSources(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<SubmissionReference, SubmissionSource> resolve(Collection<SubmissionReference> references) {
        List<Long> ids = references.stream().map(SubmissionReference::getSubmissionId).distinct().toList();
        Map<SubmissionReference, SubmissionSource> found = new HashMap<>();
        for (int from = 0; from < ids.size(); from += PART) {
            // every submission's body is an organisation (foreign key), so the inner join loses no version
            List<Object[]> rows = entityManager.createQuery("SELECT v.id, s.kind, s.requestId, v.versionNumber,"
                            + " s.organisationCode, o.nameJa, o.nameEn FROM SubmissionVersionEntity v, SubmissionEntity s,"
                            + " Organisation o WHERE v.submission = s AND o.code = s.organisationCode AND v.id IN :ids",
                            Object[].class)
                    .setParameter("ids", new ArrayList<>(ids.subList(from, Math.min(ids.size(), from + PART))))
                    .getResultList();
            for (Object[] row : rows) {
                SubmissionReference reference = SubmissionReference.of((SubmissionKind) row[1], ((Number) row[0]).longValue());
                if (references.contains(reference)) {
                    found.put(reference, new SubmissionSource(reference, ((Number) row[2]).longValue(),
                            ((Number) row[3]).intValue(), (String) row[4], (String) row[5], (String) row[6]));
                }
            }
        }
        return found;
    }

    @Override
    public List<SubmissionSource> sourcesOf(long kpiValueId, int first, int max) {
        if (max <= 0) {
            return List.of(); // a limit of 0 would be read as none
        }
        List<Object[]> rows = entityManager.createQuery("SELECT v.id, s.kind, s.requestId, v.versionNumber,"
                        + " s.organisationCode, o.nameJa, o.nameEn FROM KpiValue k JOIN k.inputs i,"
                        + " SubmissionVersionEntity v, SubmissionEntity s, Organisation o WHERE k.id = :value"
                        + " AND v.id = i.submissionId AND v.submission = s AND s.kind = i.kind"
                        + " AND o.code = s.organisationCode ORDER BY s.requestId, v.versionNumber, v.id", Object[].class)
                .setParameter("value", kpiValueId)
                .setFirstResult(Math.max(0, first))
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(row -> new SubmissionSource(
                SubmissionReference.of((SubmissionKind) row[1], ((Number) row[0]).longValue()),
                ((Number) row[2]).longValue(), ((Number) row[3]).intValue(), (String) row[4], (String) row[5],
                (String) row[6])).toList();
    }

    @Override
    public List<SubmissionReference> unresolvedOf(long kpiValueId, int max) {
        if (max <= 0) {
            return List.of();
        }
        List<Object[]> rows = entityManager.createQuery("SELECT i.kind, i.submissionId FROM KpiValue k JOIN k.inputs i"
                        + " WHERE k.id = :value AND NOT EXISTS (SELECT v.id FROM SubmissionVersionEntity v"
                        + " WHERE v.id = i.submissionId AND v.submission.kind = i.kind)"
                        + " ORDER BY i.kind, i.submissionId", Object[].class)
                .setParameter("value", kpiValueId)
                .setMaxResults(max)
                .getResultList();
        return rows.stream().map(row -> SubmissionReference.of((SubmissionKind) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;

@ApplicationScoped
public class JpaAuditRepository implements AuditRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaAuditRepository() {
    }

    /** For tests outside the container. */
    JpaAuditRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void append(AuditRecord record) {
        entityManager.persist(record);
    }

    @Override
    public List<AuditRecord> search(AuditSearch search) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> query = builder.createQuery(AuditRecord.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.select(record).where(criteria(builder, record, search))
                .orderBy(builder.desc(record.get("occurredAt")), builder.desc(record.get("id")));
        TypedQuery<AuditRecord> typed = entityManager.createQuery(query);
        return typed.setFirstResult(search.firstResult()).setMaxResults(search.maxResults()).getResultList();
    }

    @Override
    public long count(AuditSearch search) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        CriteriaQuery<Long> query = builder.createQuery(Long.class);
        Root<AuditRecord> record = query.from(AuditRecord.class);
        query.select(builder.count(record)).where(criteria(builder, record, search));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Predicate[] criteria(CriteriaBuilder builder, Root<AuditRecord> record, AuditSearch search) {
        List<Predicate> predicates = new ArrayList<>();
        if (search.actor() != null) {
            predicates.add(builder.equal(record.get("actor"), search.actor()));
        }
        if (search.organisation() != null) {
            // an organisation's trail: what its people did and what was done to its objects
            predicates.add(builder.or(builder.equal(record.get("actorOrganisation"), search.organisation()),
                    builder.equal(record.get("objectOrganisation"), search.organisation())));
        }
        if (search.objectType() != null) {
            predicates.add(builder.equal(record.get("objectType"), search.objectType()));
        }
        if (search.objectId() != null) {
            predicates.add(builder.equal(record.get("objectId"), search.objectId()));
        }
        if (search.from() != null) {
            predicates.add(builder.greaterThanOrEqualTo(record.get("occurredAt"), search.from()));
        }
        if (search.until() != null) {
            predicates.add(builder.lessThan(record.get("occurredAt"), search.until()));
        }
        return predicates.toArray(Predicate[]::new);
    }
}

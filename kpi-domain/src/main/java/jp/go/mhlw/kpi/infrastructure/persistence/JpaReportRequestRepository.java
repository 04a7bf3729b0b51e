package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestSort;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.request.RequestTally;

@ApplicationScoped
public class JpaReportRequestRepository implements ReportRequestRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaReportRequestRepository() {
        // for CDI
    }

    JpaReportRequestRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<ReportRequest> find(long requestId) {
        return Optional.ofNullable(entityManager.find(ReportRequest.class, requestId));
    }

    @Override
    public Optional<ReportRequest> findForUpdate(long requestId) {
        return Optional.ofNullable(entityManager.find(ReportRequest.class, requestId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<ReportRequest> findByCycle(long cycleId) {
        return entityManager.createQuery("select r from ReportRequest r join fetch r.organisation o"
                        + " where r.cycle.id = :cycle order by o.kind, o.code", ReportRequest.class)
                .setParameter("cycle", cycleId)
                .getResultList();
    }

    @Override
    public long countUnsettled(long cycleId) {
        return entityManager.createQuery("select count(r) from ReportRequest r where r.cycle.id = :cycle"
                        + " and r.state not in :settled", Long.class)
                .setParameter("cycle", cycleId)
                .setParameter("settled", Arrays.stream(RequestState.values()).filter(RequestState::isSettled).toList())
                .getSingleResult();
    }

    @Override
    public List<ReportRequest> list(long cycleId, RequestListing listing, LocalDate today, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one request");
        }
        TypedQuery<ReportRequest> query = entityManager.createQuery("select r from ReportRequest r"
                + " join fetch r.organisation o where r.cycle.id = :cycle" + conditions(listing) + " order by "
                + orderBy(listing), ReportRequest.class);
        bind(query, cycleId, listing, today);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(long cycleId, RequestListing listing, LocalDate today) {
        // the organisation only when its code or names are searched: the rest is the request row's
        TypedQuery<Long> query = entityManager.createQuery("select count(r) from ReportRequest r"
                + (listing.bodyContains() == null ? "" : " join r.organisation o") + " where r.cycle.id = :cycle"
                + conditions(listing), Long.class);
        bind(query, cycleId, listing, today);
        return query.getSingleResult();
    }

    @Override
    public List<RequestTally> tally(long cycleId, LocalDate today) {
        List<Object[]> counted = entityManager.createQuery("select r.kind, r.state, count(r),"
                        + " sum(case when r.due < :today then 1 else 0 end),"
                        + " sum(case when r.firstSubmittedOn <= r.due then 1 else 0 end)"
                        + " from ReportRequest r join r.organisation o where r.cycle.id = :cycle"
                        + " group by o.kind, r.kind, r.state order by o.kind, r.kind, r.state", Object[].class)
                .setParameter("cycle", cycleId)
                .setParameter("today", today)
                .getResultList();
        // a template counted under two kinds of organisation (one changed its kind since) is counted once
        Map<List<Object>, RequestTally> tallies = new LinkedHashMap<>();
        for (Object[] row : counted) {
            RequestTally tally = new RequestTally((SubmissionKind) row[0], (RequestState) row[1], number(row[2]),
                    number(row[3]), number(row[4]));
            tallies.merge(List.of(tally.kind(), tally.state()), tally, (a, b) -> new RequestTally(a.kind(), a.state(),
                    a.requests() + b.requests(), a.pastDue() + b.pastDue(), a.onTime() + b.onTime()));
        }
        return List.copyOf(tallies.values());
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String conditions(RequestListing listing) {
        List<String> conditions = new ArrayList<>();
        if (listing.kind() != null) {
            conditions.add("r.kind = :kind");
        }
        if (!listing.states().isEmpty()) {
            conditions.add("r.state in :states");
        }
        if (listing.overdue()) {
            // ReportRequest.isOverdue
            conditions.add("r.state in :open and r.due < :today");
        }
        if (listing.bodyContains() != null) {
            conditions.add("(lower(o.code) like :body escape '\\' or lower(o.nameJa) like :body escape '\\'"
                    + " or lower(o.nameEn) like :body escape '\\')");
        }
        return conditions.stream().map(condition -> " and " + condition).collect(Collectors.joining());
    }

    private static void bind(TypedQuery<?> query, long cycleId, RequestListing listing, LocalDate today) {
        query.setParameter("cycle", cycleId);
        if (listing.kind() != null) {
            query.setParameter("kind", listing.kind());
        }
        if (!listing.states().isEmpty()) {
            query.setParameter("states", listing.states());
        }
        if (listing.overdue()) {
            query.setParameter("open", ReportRequest.OPEN_STATES);
            query.setParameter("today", today);
        }
        if (listing.bodyContains() != null) {
            query.setParameter("body", "%" + JpaSupplyCaseRepository.likeLiteral(listing.bodyContains()) + "%");
        }
    }

    /**
     * The listing's order, then the organisation's kind and code and the request's id (all ascending), so that the
     * order is total and pages neither overlap nor skip; the states in their own order, not by name.
     */
    static String orderBy(RequestListing listing) {
        String direction = listing.descending() ? " desc" : " asc";
        String key = switch (listing.sort()) {
            case BODY -> null;
            case CODE -> "o.code" + direction;
            case KIND -> "r.kind" + direction;
            case STATE -> Arrays.stream(RequestState.values())
                    .map(state -> " when " + RequestState.class.getName() + "." + state.name() + " then " + state.ordinal())
                    .collect(Collectors.joining("", "case r.state", " else " + RequestState.values().length + " end"))
                    + direction;
            case DUE -> "r.due" + direction;
        };
        String tieBreak = listing.sort() == RequestSort.BODY ? direction : " asc";
        return (key == null ? "" : key + ", ") + "o.kind" + tieBreak + ", o.code" + tieBreak + ", r.id" + tieBreak;
    }

    @Override
    public List<ReportRequest> findByOrganisation(String organisationCode) {
        return entityManager.createQuery("select r from ReportRequest r where r.organisation.code = :code"
                        + " order by r.cycle.fiscalYear desc, r.id desc", ReportRequest.class)
                .setParameter("code", organisationCode)
                .getResultList();
    }

    @Override
    public List<ReportRequest> findByOrganisation(String organisationCode, Collection<SubmissionKind> kinds, int first,
            int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one request");
        }
        if (kinds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from ReportRequest r where r.organisation.code = :code"
                        + " and r.kind in :kinds order by r.cycle.fiscalYear desc, r.id desc", ReportRequest.class)
                .setParameter("code", organisationCode)
                .setParameter("kinds", kinds)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    @Override
    public long countByOrganisation(String organisationCode, Collection<SubmissionKind> kinds) {
        if (kinds.isEmpty()) {
            return 0;
        }
        return entityManager.createQuery("select count(r) from ReportRequest r where r.organisation.code = :code"
                        + " and r.kind in :kinds", Long.class)
                .setParameter("code", organisationCode)
                .setParameter("kinds", kinds)
                .getSingleResult();
    }

    @Override
    public void store(ReportRequest request) {
        entityManager.persist(request);
    }
}

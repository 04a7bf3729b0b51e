package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.supply.ConsentDecision;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportDraft;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.StockRequest;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseListing;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;

/**
 * Supply cases in their tables (db/migration V20). The aggregate stays plain Java: it is rebuilt from its rows
 * through {@link SupplyCase#restore} and written back from {@link SupplyCase#snapshot()}. Filed versions, triages,
 * consultations, decisions and association support are only ever appended; a stock request gets its answer
 * filled in; the draft is replaced or removed. Every store of an existing case raises the case row's version, so
 * two people changing the same case at once cannot both succeed.
 */
@ApplicationScoped
public class JpaSupplyCaseRepository implements SupplyCaseRepository {

    /** Case numbers carry the year the case was opened in Japan. */

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    /** For CDI. */
    protected JpaSupplyCaseRepository() {
    }

    /** For tests outside the container. */
    JpaSupplyCaseRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public String nextCaseNumber(Instant openedAt) {
        // nextval('…') is understood by PostgreSQL and by H2 in its default mode
        Number serial = (Number) entityManager.createNativeQuery("SELECT nextval('supply_case_number_seq')").getSingleResult();
        return caseNumber(openedAt, serial.longValue());
    }

    /** "SC-2026-000123": the year the case was opened (Japan time) and the serial, six digits or more. */
    static String caseNumber(Instant openedAt, long serial) {
        return String.format("SC-%d-%06d", openedAt.atZone(JapaneseFiscalYear.JAPAN_TIME).getYear(), serial);
    }

    @Override
    public Optional<SupplyCase> find(String caseNumber) {
        return row(caseNumber).map(this::load);
    }

    @Override
    public void store(SupplyCase supplyCase) {
        // a query among the writes flushes what came before: the whole store can meet another's row
        ConcurrentWrites.write(() -> write(supplyCase));
    }

    private void write(SupplyCase supplyCase) {
        SupplyCase.Snapshot current = supplyCase.snapshot();
        SupplyCaseEntity row = row(current.caseNumber()).orElse(null);
        if (row == null) {
            row = new SupplyCaseEntity(current);
            entityManager.persist(row);
        } else {
            row.update(current);
            entityManager.lock(row, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        appendVersions(row, current.versions());
        append(row, SupplyTriageEntity.class, current.triages(), SupplyTriageEntity::new);
        append(row, SupplySocietyConsultationEntity.class, current.societyConsultations(), SupplySocietyConsultationEntity::new);
        append(row, SupplyFurtherActionDecisionEntity.class, current.furtherActionDecisions(),
                SupplyFurtherActionDecisionEntity::new);
        append(row, SupplyAssociationSupportEntity.class, current.associationSupport(), SupplyAssociationSupportEntity::new);
        storeStockRequests(row, current.stockRequests());
        storeDraft(row, current.draft());
        entityManager.flush();
    }

    private void appendVersions(SupplyCaseEntity row, List<ReportVersion> versions) {
        int stored = count(SupplyReportVersionEntity.class, row);
        if (stored > versions.size()) {
            throw new IllegalStateException("Case " + row.getCaseNumber() + " has " + stored
                    + " filed versions; a filed version is never removed");
        }
        for (ReportVersion version : versions.subList(stored, versions.size())) {
            entityManager.persist(new SupplyReportVersionEntity(row, version));
        }
    }

    /** Records that are only ever added to: the rows beyond those stored are new. */
    private <T, E> void append(SupplyCaseEntity row, Class<E> type, List<T> records, RowFactory<T, E> factory) {
        int stored = count(type, row);
        if (stored > records.size()) {
            throw new IllegalStateException("Case " + row.getCaseNumber() + " has " + stored + " " + type.getSimpleName()
                    + " rows; they are never removed");
        }
        for (int i = stored; i < records.size(); i++) {
            entityManager.persist(factory.create(row, i + 1, records.get(i)));
        }
    }

    private void storeStockRequests(SupplyCaseEntity row, List<StockRequest> requests) {
        List<SupplyStockRequestEntity> stored = rows(SupplyStockRequestEntity.class, row, "sequenceNumber");
        if (stored.size() > requests.size()) {
            throw new IllegalStateException("Case " + row.getCaseNumber() + ": stock requests are never removed");
        }
        for (int i = 0; i < requests.size(); i++) {
            if (i < stored.size()) {
                stored.get(i).update(requests.get(i));
            } else {
                entityManager.persist(new SupplyStockRequestEntity(row, i + 1, requests.get(i)));
            }
        }
    }

    private void storeDraft(SupplyCaseEntity row, ReportDraft draft) {
        Optional<SupplyReportDraftEntity> stored = rows(SupplyReportDraftEntity.class, row, "id").stream().findFirst();
        if (draft == null) {
            stored.ifPresent(entityManager::remove);
        } else if (stored.isPresent()) {
            stored.get().replaceWith(draft);
        } else {
            entityManager.persist(new SupplyReportDraftEntity(row, draft));
        }
    }

    private SupplyCase load(SupplyCaseEntity row) {
        return SupplyCase.restore(new SupplyCase.Snapshot(
                row.getCaseNumber(),
                row.getManufacturerOrganisation(),
                new Product(row.getProductName(), row.getProductApprovalNumber()),
                Times.instant(row.getOpenedAt()),
                row.getState(),
                row.isTerminationPath(),
                row.getVersionsBeforeTermination(),
                row.isTriagedThisRound(),
                row.isConsultedThisRound(),
                records(SupplyReportVersionEntity.class, row, "versionNumber", SupplyReportVersionEntity::toVersion),
                rows(SupplyReportDraftEntity.class, row, "id").stream().findFirst().map(SupplyReportDraftEntity::toDraft)
                        .orElse(null),
                records(SupplyTriageEntity.class, row, "sequenceNumber", SupplyTriageEntity::toRecord),
                records(SupplySocietyConsultationEntity.class, row, "sequenceNumber", SupplySocietyConsultationEntity::toRecord),
                records(SupplyFurtherActionDecisionEntity.class, row, "sequenceNumber",
                        SupplyFurtherActionDecisionEntity::toRecord),
                row.getConsentGiven() == null ? null : new ConsentDecision(
                        row.getConsentGiven(), row.getConsentDecidedBy(), Times.instant(row.getConsentDecidedAt())),
                records(SupplyStockRequestEntity.class, row, "sequenceNumber", SupplyStockRequestEntity::toRecord),
                row.getAssociationOrganisation(),
                records(SupplyAssociationSupportEntity.class, row, "sequenceNumber", SupplyAssociationSupportEntity::toRecord),
                row.getCloseReason(),
                row.getClosedBy(),
                Times.instant(row.getClosedAt())));
    }

    @Override
    public List<SupplyCaseSummary> list(SupplyCaseListing listing, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one case");
        }
        if (listing.listsNothing()) {
            return List.of();
        }
        TypedQuery<SupplyCaseEntity> query = entityManager.createQuery("select c from SupplyCaseEntity c" + where(listing)
                + " order by " + orderBy(listing), SupplyCaseEntity.class);
        bind(query, listing);
        List<SupplyCaseEntity> rows = query.setFirstResult(first).setMaxResults(max).getResultList();
        return summaries(rows, listing.withCoverage());
    }

    @Override
    public long count(SupplyCaseListing listing) {
        if (listing.listsNothing()) {
            return 0;
        }
        TypedQuery<Long> query = entityManager.createQuery("select count(c) from SupplyCaseEntity c" + where(listing),
                Long.class);
        bind(query, listing);
        return query.getSingleResult();
    }

    /** Any of the listing's scopes, and every filter it sets. */
    private static String where(SupplyCaseListing listing) {
        List<String> scopes = new ArrayList<>();
        if (listing.allFiled()) {
            scopes.add("c.latestVersionNumber > 0");
        }
        if (listing.manufacturer() != null) {
            scopes.add("c.manufacturerOrganisation = :manufacturer");
        }
        if (listing.association() != null) {
            scopes.add("c.associationOrganisation = :association");
        }
        StringBuilder where = new StringBuilder(" where (").append(String.join(" or ", scopes)).append(')');
        if (listing.caseNumbers() != null) {
            where.append(" and c.caseNumber in :numbers");
        }
        if (listing.productContains() != null) {
            where.append(" and lower(c.productName) like :product escape '\\'");
        }
        if (listing.state() != null) {
            where.append(" and c.state = :state");
        }
        return where.toString();
    }

    private static void bind(TypedQuery<?> query, SupplyCaseListing listing) {
        if (listing.manufacturer() != null) {
            query.setParameter("manufacturer", listing.manufacturer());
        }
        if (listing.association() != null) {
            query.setParameter("association", listing.association());
        }
        if (listing.caseNumbers() != null) {
            query.setParameter("numbers", listing.caseNumbers());
        }
        if (listing.productContains() != null) {
            query.setParameter("product", "%" + likeLiteral(listing.productContains()) + "%");
        }
        if (listing.state() != null) {
            query.setParameter("state", listing.state());
        }
    }

    /** The text matched as it is: LIKE's wildcards and its escape character taken literally. */
    static String likeLiteral(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * The listing's order, then newest first and the (unique) case number, so that the order is total and pages
     * neither overlap nor skip. Nulls go last, or first when reversed, as in {@link SupplyCoverage#LEAST_COVERED_FIRST}.
     */
    static String orderBy(SupplyCaseListing listing) {
        String ascending = listing.descending() ? " desc" : " asc";
        String nullsLast = listing.descending() ? " nulls first" : " nulls last";
        String nullsFirst = listing.descending() ? " nulls last" : " nulls first";
        String key = switch (listing.sort()) {
            case OPENED -> null;
            case CASE_NUMBER -> "c.caseNumber" + ascending;
            case PRODUCT -> "c.productName" + ascending;
            case MANUFACTURER -> "c.manufacturerOrganisation" + ascending;
            case STATE -> "c.state" + ascending;
            case FLOW -> "c.terminationPath" + ascending;
            case LATEST_FILED -> "c.latestFiledAt" + ascending + nullsLast;
            // the fewest months of own supply first, unknown last; among equals the least known help, none first
            case COVERAGE -> "c.coverageOwnMonths" + ascending + nullsLast + ", c.coverageCapacityShare" + ascending
                    + nullsFirst;
        };
        String opened = listing.sort() == SupplyCaseSort.OPENED && !listing.descending()
                ? "c.openedAt asc, c.caseNumber asc" : "c.openedAt desc, c.caseNumber desc";
        return key == null ? opened : key + ", " + opened;
    }

    /**
     * Fills in the coverage's order keys of at most {@code max} cases stored before they were kept, from each case's
     * latest filed report and stock requests, without changing the case (its version stays). Answers how many.
     */
    public int storeMissingCoverage(int max) {
        List<SupplyCaseEntity> rows = entityManager.createQuery("select c from SupplyCaseEntity c"
                + " where c.coverageStored = false order by c.id", SupplyCaseEntity.class).setMaxResults(max).getResultList();
        List<SupplyCaseSummary> lines = summaries(rows, true);
        for (int i = 0; i < rows.size(); i++) {
            SupplyCaseEntity row = rows.get(i);
            entityManager.detach(row);
            row.coverAs(lines.get(i).getCoverage());
            // native: a JPQL update would raise the case's version, as if someone had changed the case
            entityManager.createNativeQuery("UPDATE supply_case SET coverage_own_months = ?1, coverage_capacity_share = ?2,"
                            + " coverage_stored = TRUE WHERE id = ?3")
                    .setParameter(1, row.getCoverageOwnMonths())
                    .setParameter(2, row.getCoverageCapacityShare())
                    .setParameter(3, row.getId())
                    .executeUpdate();
        }
        return rows.size();
    }

    /**
     * One line per case, with its coverage if asked for: then two more queries for the whole list (the latest
     * versions and the stock requests of the listed cases), not one per case.
     */
    private List<SupplyCaseSummary> summaries(List<SupplyCaseEntity> rows, boolean withCoverage) {
        if (rows.isEmpty()) {
            return List.of();
        }
        if (!withCoverage) {
            return rows.stream().map(row -> summary(row, null)).toList();
        }
        Map<SupplyCaseEntity, SupplyReport> latestReports = new HashMap<>();
        entityManager.createQuery("select v from SupplyReportVersionEntity v where v.supplyCase in :rows"
                        + " and v.versionNumber = v.supplyCase.latestVersionNumber", SupplyReportVersionEntity.class)
                .setParameter("rows", rows).getResultList()
                .forEach(version -> latestReports.put(version.getSupplyCase(), version.toVersion().content()));
        Map<SupplyCaseEntity, List<StockRequest>> stockRequests = new HashMap<>();
        entityManager.createQuery("select r from SupplyStockRequestEntity r where r.supplyCase in :rows"
                        + " order by r.sequenceNumber", SupplyStockRequestEntity.class)
                .setParameter("rows", rows).getResultList()
                .forEach(request -> stockRequests.computeIfAbsent(request.getSupplyCase(), row -> new ArrayList<>())
                        .add(request.toRecord()));
        return rows.stream().map(row -> summary(row,
                SupplyCoverage.of(latestReports.get(row), stockRequests.getOrDefault(row, List.of())))).toList();
    }

    private static SupplyCaseSummary summary(SupplyCaseEntity row, SupplyCoverage coverage) {
        return new SupplyCaseSummary(row.getCaseNumber(), row.getManufacturerOrganisation(), row.getProductName(),
                row.getProductApprovalNumber(), row.getState(), row.isTerminationPath(), Times.instant(row.getOpenedAt()),
                row.getLatestVersionNumber(), row.getLatestReportKind(), Times.instant(row.getLatestFiledAt()),
                row.getCloseReason(), coverage);
    }

    private Optional<SupplyCaseEntity> row(String caseNumber) {
        if (caseNumber == null) {
            return Optional.empty();
        }
        return entityManager.createQuery("select c from SupplyCaseEntity c where c.caseNumber = :number", SupplyCaseEntity.class)
                .setParameter("number", caseNumber)
                .getResultStream()
                .findFirst();
    }

    private int count(Class<?> type, SupplyCaseEntity row) {
        return entityManager.createQuery("select count(r) from " + type.getSimpleName() + " r where r.supplyCase = :c", Long.class)
                .setParameter("c", row)
                .getSingleResult()
                .intValue();
    }

    private <E> List<E> rows(Class<E> type, SupplyCaseEntity row, String orderBy) {
        return entityManager.createQuery("select r from " + type.getSimpleName() + " r where r.supplyCase = :c order by r."
                        + orderBy, type)
                .setParameter("c", row)
                .getResultList();
    }

    private <E, T> List<T> records(Class<E> type, SupplyCaseEntity row, String orderBy, Function<E, T> toRecord) {
        return rows(type, row, orderBy).stream().map(toRecord).toList();
    }

    @FunctionalInterface
    private interface RowFactory<T, E> {
        E create(SupplyCaseEntity supplyCase, int sequenceNumber, T record);
    }
}

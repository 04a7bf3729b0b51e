package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.go.mhlw.kpi.application.SupplyCaseRepository;
import jp.go.mhlw.kpi.application.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.ConsentDecision;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportDraft;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.StockRequest;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;

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
    static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

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
        return String.format("SC-%d-%06d", openedAt.atZone(JAPAN).getYear(), serial);
    }

    @Override
    public Optional<SupplyCase> find(String caseNumber) {
        return row(caseNumber).map(this::load);
    }

    @Override
    public void store(SupplyCase supplyCase) {
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
    public List<SupplyCaseSummary> findByManufacturer(String organisationCode) {
        return summaries(entityManager.createQuery("select c from SupplyCaseEntity c"
                        + " where c.manufacturerOrganisation = :organisation order by c.openedAt desc, c.caseNumber desc",
                SupplyCaseEntity.class).setParameter("organisation", organisationCode).getResultList());
    }

    @Override
    public List<SupplyCaseSummary> findFiled() {
        return summaries(entityManager.createQuery("select c from SupplyCaseEntity c"
                + " where c.latestVersionNumber > 0 order by c.openedAt desc, c.caseNumber desc", SupplyCaseEntity.class)
                .getResultList());
    }

    @Override
    public List<SupplyCaseSummary> findSupportedBy(String associationOrganisationCode) {
        return summaries(entityManager.createQuery("select c from SupplyCaseEntity c"
                        + " where c.associationOrganisation = :association order by c.openedAt desc, c.caseNumber desc",
                SupplyCaseEntity.class).setParameter("association", associationOrganisationCode).getResultList());
    }

    private static List<SupplyCaseSummary> summaries(List<SupplyCaseEntity> rows) {
        return rows.stream().map(row -> new SupplyCaseSummary(row.getCaseNumber(), row.getManufacturerOrganisation(),
                row.getProductName(), row.getProductApprovalNumber(), row.getState(), row.isTerminationPath(),
                Times.instant(row.getOpenedAt()), row.getLatestVersionNumber(), row.getLatestReportKind(),
                Times.instant(row.getLatestFiledAt()), row.getCloseReason())).toList();
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

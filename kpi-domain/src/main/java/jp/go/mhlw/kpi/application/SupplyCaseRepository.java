package jp.go.mhlw.kpi.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;

/**
 * Where supply cases are kept (implemented in infrastructure.persistence). The aggregate is plain Java: it is
 * loaded whole, changed by its own methods and stored whole; filed versions are appended, never rewritten.
 */
public interface SupplyCaseRepository {

    /** A new, unique, human-readable case number for a case opened at this time, e.g. "SC-2026-000123". */
    String nextCaseNumber(Instant openedAt);

    Optional<SupplyCase> find(String caseNumber);

    /**
     * Stores a new case, or what changed on a stored one, and writes it at once. A case changed meanwhile by
     * someone else is refused with {@link jakarta.persistence.OptimisticLockException}.
     */
    void store(SupplyCase supplyCase);

    /** The manufacturer's cases, drafts included, newest first. */
    List<SupplyCaseSummary> findByManufacturer(String organisationCode);

    /** Every case with at least one filed report (what the ministry sees), newest first. */
    List<SupplyCaseSummary> findFiled();

    /** The cases whose coordination this industry association was asked to support, newest first. */
    List<SupplyCaseSummary> findSupportedBy(String associationOrganisationCode);
}

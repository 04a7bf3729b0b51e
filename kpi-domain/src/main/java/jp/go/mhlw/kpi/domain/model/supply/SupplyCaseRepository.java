package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    /**
     * One page of a case list: the listing's cases in its order, from {@code first} (0 for the first case), at most
     * {@code max} of them. Only the page is read, with its coverage (when asked for) in two more queries.
     */
    List<SupplyCaseSummary> list(SupplyCaseListing listing, int first, int max);

    /** How many cases the listing holds. */
    long count(SupplyCaseListing listing);
}

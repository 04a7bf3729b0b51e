package jp.go.mhlw.kpi.domain.model.request;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/** The report requests of the follow-up cycles. */
public interface ReportRequestRepository {

    Optional<ReportRequest> find(long requestId);

    /** The request, locked against concurrent changes until the transaction ends (a submit racing an approve). */
    Optional<ReportRequest> findForUpdate(long requestId);

    /** The cycle's requests by organisation kind and code. */
    List<ReportRequest> findByCycle(long cycleId);

    /** How many of the cycle's requests still expect something of their body ({@link RequestState#isSettled} not). */
    long countUnsettled(long cycleId);

    /**
     * One page of the cycle's requests that the listing takes, in its order, each with its organisation: from
     * {@code first} (0 for the first), at most {@code max}. {@code today} decides which are overdue.
     */
    List<ReportRequest> list(long cycleId, RequestListing listing, LocalDate today, int first, int max);

    /** How many requests {@link #list} pages through. */
    long count(long cycleId, RequestListing listing, LocalDate today);

    /**
     * The cycle's requests counted per template and state, with how many are past their due date on {@code today} and
     * how many were first submitted on time; the templates in the order of the bodies' kinds (as {@link #findByCycle}).
     */
    List<RequestTally> tally(long cycleId, LocalDate today);

    /** The requests of one organisation, newest cycle first. */
    List<ReportRequest> findByOrganisation(String organisationCode);

    /**
     * One page of the requests of one organisation for these templates: newest cycle first, then the newest request
     * (the id), so that pages neither overlap nor skip; from {@code first} (0 for the first), at most {@code max}.
     */
    List<ReportRequest> findByOrganisation(String organisationCode, Collection<SubmissionKind> kinds, int first, int max);

    /** How many requests {@link #findByOrganisation(String, Collection, int, int)} pages through. */
    long countByOrganisation(String organisationCode, Collection<SubmissionKind> kinds);

    /** Adds a new request; changes to a loaded one are stored with its transaction. */
    void store(ReportRequest request);
}

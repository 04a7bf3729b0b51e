package jp.go.mhlw.kpi.domain.model.request;

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

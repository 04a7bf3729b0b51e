package jp.go.mhlw.kpi.domain.model.request;

import java.util.List;
import java.util.Optional;

/** The report requests of the follow-up cycles. */
public interface ReportRequestRepository {

    Optional<ReportRequest> find(long requestId);

    /** The request, locked against concurrent changes until the transaction ends (a submit racing an approve). */
    Optional<ReportRequest> findForUpdate(long requestId);

    /** The cycle's requests by organisation kind and code. */
    List<ReportRequest> findByCycle(long cycleId);

    /** The requests of one organisation, newest cycle first. */
    List<ReportRequest> findByOrganisation(String organisationCode);

    /** Adds a new request; changes to a loaded one are stored with its transaction. */
    void store(ReportRequest request);
}

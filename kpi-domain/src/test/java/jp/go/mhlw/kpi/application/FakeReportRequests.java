package jp.go.mhlw.kpi.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.followup.ReportRequests;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.request.RequestState;

/** The report requests as the cycle's side keeps them, in memory, moving state the way the port promises. */
public class FakeReportRequests implements ReportRequests {

    public final Map<Long, ReportRequestInfo> requests = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    public ReportRequestInfo add(long requestId, long cycleId, String organisationCode, SubmissionKind kind) {
        ReportRequestInfo request = new ReportRequestInfo(requestId, cycleId, organisationCode, kind,
                RequestState.NOT_STARTED, LocalDate.of(2024, 5, 31));
        requests.put(requestId, request);
        return request;
    }

    public RequestState state(long requestId) {
        return requests.get(requestId).state();
    }

    public void set(long requestId, RequestState state) {
        ReportRequestInfo request = requests.get(requestId);
        requests.put(requestId, new ReportRequestInfo(request.requestId(), request.cycleId(), request.organisationCode(),
                request.kind(), state, request.due()));
    }

    @Override
    public Optional<ReportRequestInfo> find(long requestId) {
        return Optional.ofNullable(requests.get(requestId));
    }

    @Override
    public List<ReportRequestInfo> ofOrganisation(String organisationCode) {
        return requests.values().stream().filter(request -> request.organisationCode().equals(organisationCode))
                .sorted(java.util.Comparator.comparingLong(ReportRequestInfo::cycleId).reversed()).toList();
    }

    @Override
    public List<ReportRequestInfo> ofOrganisation(String organisationCode, java.util.Set<SubmissionKind> kinds, int first,
            int max) {
        List<ReportRequestInfo> all = ofOrganisation(organisationCode).stream()
                .filter(request -> kinds.contains(request.kind())).toList();
        return all.subList(Math.min(first, all.size()), Math.min(first + max, all.size()));
    }

    @Override
    public long countOfOrganisation(String organisationCode, java.util.Set<SubmissionKind> kinds) {
        return ofOrganisation(organisationCode).stream().filter(request -> kinds.contains(request.kind())).count();
    }

    @Override
    public RequestState draftSaved(long requestId) {
        calls.add("draftSaved " + requestId);
        set(requestId, RequestState.DRAFT);
        return RequestState.DRAFT;
    }

    @Override
    public RequestState submitted(long requestId) {
        calls.add("submitted " + requestId);
        set(requestId, RequestState.SUBMITTED);
        return RequestState.SUBMITTED;
    }

    @Override
    public RequestState returned(long requestId, String comment) {
        calls.add("returned " + requestId + " " + comment);
        set(requestId, RequestState.RETURNED);
        return RequestState.RETURNED;
    }

    @Override
    public RequestState approved(long requestId) {
        calls.add("approved " + requestId);
        set(requestId, RequestState.APPROVED);
        return RequestState.APPROVED;
    }
}

package jp.go.mhlw.kpi.domain.model.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;

/** The bodies a cycle's report names as missing: those it asked whose request is not approved, nobody else. */
public final class MissingBodies {

    private MissingBodies() {
    }

    /** From the cycle's report requests, in their order; a body asked twice is named once, by its first request. */
    public static List<MissingBody> of(Collection<ReportRequest> requests, LocalDate today) {
        Map<String, MissingBody> missing = new LinkedHashMap<>();
        for (ReportRequest request : requests) {
            MissingState.of(request, today).ifPresent(state -> missing.putIfAbsent(request.getOrganisationCode(),
                    new MissingBody(request.getOrganisationCode(), request.getOrganisation().getNameJa(), state)));
        }
        return List.copyOf(missing.values());
    }
}

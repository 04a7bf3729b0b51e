package jp.go.mhlw.kpi.domain.model.lineage;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/** Finds what people know a KPI value's submissions by: request, version number and body. */
public interface SubmissionSources {

    /**
     * The requests, version numbers and bodies of these submission versions, in one read whatever their number; a
     * reference whose version is not stored (a figure adopted as published) is left out of the answer.
     */
    Map<SubmissionReference, SubmissionSource> resolve(Collection<SubmissionReference> references);

    /**
     * One page of a stored value's submissions whose versions are stored, by request number and version number:
     * {@code max} from the {@code first}, read by the database.
     */
    List<SubmissionSource> sourcesOf(long kpiValueId, int first, int max);

    /** At most {@code max} of a stored value's references whose version is not stored, by kind and id. */
    List<SubmissionReference> unresolvedOf(long kpiValueId, int max);
}

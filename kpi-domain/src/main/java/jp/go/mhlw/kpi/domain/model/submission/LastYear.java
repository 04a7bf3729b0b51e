package jp.go.mhlw.kpi.domain.model.submission;

import java.util.Objects;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;

/** The body's approved submission of the previous cycle and that cycle's normalisation, to compare against. */
public record LastYear(PeriodNormalisation period, SubmissionContent content) {

    public LastYear {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(content, "content");
    }
}

package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * One figure of a submission beside last year's, both as reported and normalised to a year by their cycles'
 * factors (what the warnings compare); the reviewing officer reads these. {@code previous} is null without last
 * year's data.
 */
public record ComparedFigure(String key, Labelled label, BigDecimal current,
                             BigDecimal currentPerYear, BigDecimal previous, BigDecimal previousPerYear) {

    /** The compared figures of a content, with last year's where there is one. */
    public static List<ComparedFigure> of(SubmissionContent content, PeriodNormalisation period,
            Optional<LastYear> lastYear) {
        Map<String, Measure> previous = lastYear.filter(last -> last.content().kind() == content.kind())
                .map(last -> Measure.of(last.content())).orElse(Map.of());
        List<ComparedFigure> figures = new ArrayList<>();
        for (Measure measure : Measure.of(content).values()) {
            Measure before = previous.get(measure.key());
            figures.add(new ComparedFigure(measure.key(), measure.label(), measure.value(),
                    measure.normalised(period), before == null ? null : before.value(),
                    before == null ? null : before.normalised(lastYear.orElseThrow().period())));
        }
        return figures;
    }
}

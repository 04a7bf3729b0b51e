package jp.go.mhlw.kpi.domain.computation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * The international activities and bases of the member survey at two snapshots (goal 7): per item, the share of
 * domestic-capital respondents at each snapshot and the change in points. The aggregation and the import check
 * both take them from here, so a file shows the figures the cycle will publish.
 */
public final class InternationalShares {

    /** One activity or base: its shares (empty where no domestic-capital company answered) and their change. */
    public record Comparison(Labelled item, String key, Optional<KpiFigure> previous, Optional<KpiFigure> current,
                             Optional<KpiFigure> change) {

        public boolean isBase() {
            return item instanceof OverseasBase;
        }
    }

    private InternationalShares() {
    }

    /** Every activity, then every base, in survey order. */
    public static List<Comparison> compare(Collection<SurveyResponse> responses, LocalDate previous, LocalDate current) {
        List<Comparison> comparisons = new ArrayList<>();
        for (OverseasActivity activity : OverseasActivity.values()) {
            comparisons.add(comparison(activity, activity.name(), responses, previous, current,
                    (rows, date) -> SurveyStatistics.activityShare(rows, activity, date), SurveyResponse::answeredActivitiesAt));
        }
        for (OverseasBase base : OverseasBase.values()) {
            comparisons.add(comparison(base, base.name(), responses, previous, current,
                    (rows, date) -> SurveyStatistics.baseShare(rows, base, date), SurveyResponse::answeredBasesAt));
        }
        return List.copyOf(comparisons);
    }

    private static Comparison comparison(Labelled item, String key,
            Collection<SurveyResponse> responses, LocalDate previous, LocalDate current,
            BiFunction<Collection<SurveyResponse>, LocalDate, KpiFigure> share,
            BiPredicate<SurveyResponse, LocalDate> answered) {
        Optional<KpiFigure> before = shareAt(responses, previous, share, answered);
        Optional<KpiFigure> now = shareAt(responses, current, share, answered);
        Optional<KpiFigure> change = before.isPresent() && now.isPresent()
                ? Optional.of(Shares.pointChange(now.get().label() + " vs " + previous, before.get(), now.get()))
                : Optional.empty();
        return new Comparison(item, key, before, now, change);
    }

    private static Optional<KpiFigure> shareAt(Collection<SurveyResponse> responses, LocalDate snapshot,
            BiFunction<Collection<SurveyResponse>, LocalDate, KpiFigure> share,
            BiPredicate<SurveyResponse, LocalDate> answered) {
        boolean anyAnswer = responses.stream().anyMatch(r -> r.domesticCapital() && answered.test(r, snapshot));
        return anyAnswer ? Optional.of(share.apply(responses, snapshot)) : Optional.empty();
    }
}

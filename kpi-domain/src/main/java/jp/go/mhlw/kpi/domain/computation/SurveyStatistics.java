package jp.go.mhlw.kpi.domain.computation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.function.Predicate;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * JFMDA member survey KPIs (goals 2 and 7). Every denominator is derived from the response rows, never typed in:
 * domestic-capital (内資系) respondents, and for other-industry entrants those respondents minus the ventures.
 */
public final class SurveyStatistics {

    private SurveyStatistics() {
    }

    public static long domesticRespondents(Collection<SurveyResponse> responses) {
        return count(responses, SurveyResponse::domesticCapital);
    }

    /** Ventures among domestic-capital respondents (R5: 17 / 128). */
    public static KpiFigure ventureShare(String cycle, Collection<SurveyResponse> responses) {
        long ventures = count(responses, r -> r.domesticCapital() && r.venture());
        return Shares.share("venture share " + cycle, "ventures", ventures,
                "domestic-capital respondents", domesticRespondents(responses));
    }

    /** Other-industry entrants among domestic-capital respondents that are not ventures (R5: 6 / (128 − 17)). */
    public static KpiFigure otherIndustryShare(String cycle, Collection<SurveyResponse> responses) {
        long entrants = count(responses, r -> r.domesticCapital() && r.otherIndustryEntrant());
        long nonVentures = count(responses, r -> r.domesticCapital() && !r.venture());
        return Shares.share("other-industry entrant share " + cycle, "other-industry entrants", entrants,
                "domestic-capital respondents excluding ventures", nonVentures);
    }

    /** Domestic-capital companies with an activity at a snapshot, among those that answered for that snapshot. */
    public static KpiFigure activityShare(Collection<SurveyResponse> responses, OverseasActivity activity, LocalDate snapshot) {
        long answered = count(responses, r -> r.domesticCapital() && r.answeredActivitiesAt(snapshot));
        long active = count(responses, r -> r.domesticCapital() && r.hasActivityAt(snapshot, activity));
        return Shares.share(activity.label(Texts.JAPANESE) + " " + snapshot, "companies with " + activity,
                active, "domestic-capital respondents answering for " + snapshot, answered);
    }

    /** Domestic-capital companies with an overseas base at a snapshot, among those that answered for that snapshot. */
    public static KpiFigure baseShare(Collection<SurveyResponse> responses, OverseasBase base, LocalDate snapshot) {
        long answered = count(responses, r -> r.domesticCapital() && r.answeredBasesAt(snapshot));
        long withBase = count(responses, r -> r.domesticCapital() && r.hasBaseAt(snapshot, base));
        return Shares.share(base.label(Texts.JAPANESE) + " " + snapshot, "companies with a " + base + " base",
                withBase, "domestic-capital respondents answering for " + snapshot, answered);
    }

    private static long count(Collection<SurveyResponse> responses, Predicate<SurveyResponse> predicate) {
        return responses.stream().filter(predicate).count();
    }
}

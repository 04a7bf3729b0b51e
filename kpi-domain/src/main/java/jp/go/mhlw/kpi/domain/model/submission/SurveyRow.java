package jp.go.mhlw.kpi.domain.model.submission;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;

/**
 * One company's row of the JFMDA member survey: domestic capital, venture, other-industry entrant, the authorisations
 * it holds, and its international activities and overseas bases per snapshot date (a snapshot present means the
 * company answered for that date). Blank answers are {@code null}.
 */
public record SurveyRow(String company, Boolean domesticCapital, Boolean venture, Boolean otherIndustryEntrant,
                        Set<DeviceLicence> licencesHeld, Map<LocalDate, Set<OverseasActivity>> activitiesBySnapshot,
                        Map<LocalDate, Set<OverseasBase>> basesBySnapshot) {

    public SurveyRow {
        licencesHeld = licencesHeld == null || licencesHeld.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(licencesHeld));
        activitiesBySnapshot = copy(activitiesBySnapshot);
        basesBySnapshot = copy(basesBySnapshot);
    }

    public static SurveyRow of(SurveyResponse response) {
        return new SurveyRow(response.companyName(), response.domesticCapital(), response.venture(),
                response.otherIndustryEntrant(), Set.of(), response.activitiesBySnapshot(), response.basesBySnapshot());
    }

    /** The row as the survey statistics take it; only for a row that passed validation. */
    public SurveyResponse toSurveyResponse() {
        return new SurveyResponse(company, domesticCapital, venture, otherIndustryEntrant, activitiesBySnapshot,
                basesBySnapshot);
    }

    private static <T> Map<LocalDate, Set<T>> copy(Map<LocalDate, Set<T>> bySnapshot) {
        if (bySnapshot == null || bySnapshot.isEmpty()) {
            return Map.of();
        }
        Map<LocalDate, Set<T>> copy = new HashMap<>();
        bySnapshot.forEach((snapshot, answers) -> copy.put(snapshot, answers == null ? Set.of() : Set.copyOf(answers)));
        return Map.copyOf(copy);
    }
}

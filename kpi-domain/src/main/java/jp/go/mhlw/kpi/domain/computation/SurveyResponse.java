package jp.go.mhlw.kpi.domain.computation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * One company's row of the JFMDA member survey.
 *
 * <p>International answers are kept per snapshot date (January of this and last year). A snapshot present in a map
 * means the company answered that question for that date, possibly with an empty set; a missing snapshot means it
 * did not answer, which keeps it out of that share's denominator.
 *
 * <p>A company is either a venture or an other-industry entrant, never both: the survey counts ventures
 * separately and excludes them from other-industry entrants (DOMAIN §4).
 */
public record SurveyResponse(String companyName, boolean domesticCapital, boolean venture, boolean otherIndustryEntrant,
                             Map<LocalDate, Set<OverseasActivity>> activitiesBySnapshot,
                             Map<LocalDate, Set<OverseasBase>> basesBySnapshot) {

    public SurveyResponse {
        if (companyName == null || companyName.isBlank()) {
            throw new IllegalArgumentException("a survey response needs the company name");
        }
        if (venture && otherIndustryEntrant) {
            throw new IllegalArgumentException(companyName + " is marked both venture and other-industry entrant;"
                    + " ventures are counted separately and excluded from other-industry entrants");
        }
        activitiesBySnapshot = copy(activitiesBySnapshot);
        basesBySnapshot = copy(basesBySnapshot);
    }

    /** A response without international answers. */
    public SurveyResponse(String companyName, boolean domesticCapital, boolean venture, boolean otherIndustryEntrant) {
        this(companyName, domesticCapital, venture, otherIndustryEntrant, Map.of(), Map.of());
    }

    public boolean answeredActivitiesAt(LocalDate snapshot) {
        return activitiesBySnapshot.containsKey(snapshot);
    }

    public boolean answeredBasesAt(LocalDate snapshot) {
        return basesBySnapshot.containsKey(snapshot);
    }

    public boolean hasActivityAt(LocalDate snapshot, OverseasActivity activity) {
        return activitiesBySnapshot.getOrDefault(snapshot, Set.of()).contains(activity);
    }

    public boolean hasBaseAt(LocalDate snapshot, OverseasBase base) {
        return basesBySnapshot.getOrDefault(snapshot, Set.of()).contains(base);
    }

    private static <T> Map<LocalDate, Set<T>> copy(Map<LocalDate, Set<T>> bySnapshot) {
        if (bySnapshot == null) {
            return Map.of();
        }
        Map<LocalDate, Set<T>> copy = new HashMap<>();
        bySnapshot.forEach((snapshot, answers) -> {
            if (snapshot == null || answers == null) {
                throw new IllegalArgumentException("international answers need a snapshot date and a (possibly empty) set");
            }
            copy.put(snapshot, Set.copyOf(answers));
        });
        return Map.copyOf(copy);
    }
}

package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/**
 * One figure of a submission that is compared with last year's: its key, the form field it belongs to, and whether
 * it counts events in the reporting period (then it is normalised to a year by the cycle's factor) or is a state
 * (a lag, a number of countries: taken as it is).
 */
record Measure(String key, String field, Labelled label, BigDecimal value, boolean perPeriod) {

    BigDecimal normalised(PeriodNormalisation period) {
        return perPeriod ? period.apply(value) : value;
    }

    /** The compared figures of a valid submission, by key. */
    static Map<String, Measure> of(SubmissionContent content) {
        Map<String, Measure> measures = new LinkedHashMap<>();
        if (content instanceof HubReportContent hub) {
            for (Stage stage : HubReportContent.RESEARCH_STAGES) {
                Integer cases = hub.jointResearchAt(stage).cases();
                if (cases != null) {
                    add(measures, "jointResearch." + stage.name(), "jointResearch." + stage.name() + ".cases",
                            Phrase.of("submission.measure.jointResearch", stage, stage.displayLabel()), cases, true);
                }
            }
            if (hub.cooperationWithOtherHubs() != null) {
                add(measures, "cooperationWithOtherHubs", "cooperationWithOtherHubs",
                        Phrase.of("submission.measure.cooperation"), hub.cooperationWithOtherHubs(), true);
            }
            if (hub.internationalTrialInfrastructure() != null) {
                add(measures, "internationalTrialInfrastructure", "internationalTrialInfrastructure",
                        Phrase.of("submission.measure.internationalTrials"), hub.internationalTrialInfrastructure(),
                        true);
            }
            add(measures, "courses", "courses", Phrase.of("submission.measure.courses"), hub.courses().size(), true);
            for (TrainingCategory category : TrainingCategory.values()) {
                long participants = hub.courses().stream()
                        .filter(course -> course.categories().contains(category) && course.participants() != null)
                        .mapToLong(TrainingCourseInput::participants).sum();
                add(measures, "participants." + category.number(), "courses",
                        Phrase.of("submission.measure.participants", category, category.displayLabel()), participants,
                        true);
            }
        } else if (content instanceof AmedThemeContent amed) {
            add(measures, "themes", "themes", Phrase.of("submission.measure.themes"), amed.themes().size(), false);
            long grants = amed.themes().stream().filter(theme -> theme.singleYearGrantThousandYen() != null)
                    .mapToLong(ThemeRecord::singleYearGrantThousandYen).sum();
            add(measures, "grants", "themes", Phrase.of("submission.measure.grants"), grants, false);
        } else if (content instanceof MemberSurveyContent survey) {
            add(measures, "respondents", "rows", Phrase.of("submission.measure.respondents"), survey.rows().size(),
                    false);
            long domestic = survey.rows().stream().filter(row -> Boolean.TRUE.equals(row.domesticCapital())).count();
            add(measures, "domesticRespondents", "rows", Phrase.of("submission.measure.domesticRespondents"), domestic,
                    false);
        } else if (content instanceof MinistryProgressContent ministry) {
            ministry.goals().forEach(goal -> goal.figures().forEach((figure, value) -> measures.put(figure.name(),
                    new Measure(figure.name(), "goals." + goal.goal() + "." + figure.name(), figure, value,
                            !figure.isDecimal() && figure != ProgressFigure.REFERENCE_COUNTRIES))));
        }
        return measures;
    }

    private static void add(Map<String, Measure> measures, String key, String field, Labelled label, long value,
            boolean perPeriod) {
        measures.put(key, new Measure(key, field, label, BigDecimal.valueOf(value), perPeriod));
    }
}

package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;

/**
 * One figure of a submission that is compared with last year's: its key, the form field it belongs to, and whether
 * it counts events in the reporting period (then it is normalised to a year by the cycle's factor) or is a state
 * (a lag, a number of countries: taken as it is).
 */
record Measure(String key, String field, String labelJa, String labelEn, BigDecimal value, boolean perPeriod) {

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
                            "共同研究（" + stage.japaneseLabel() + "）の件数",
                            "Joint research cases (" + stage.displayLabel() + ")", cases, true);
                }
            }
            if (hub.cooperationWithOtherHubs() != null) {
                add(measures, "cooperationWithOtherHubs", "cooperationWithOtherHubs", "他拠点との連携件数",
                        "Cooperation with other hubs", hub.cooperationWithOtherHubs(), true);
            }
            if (hub.internationalTrialInfrastructure() != null) {
                add(measures, "internationalTrialInfrastructure", "internationalTrialInfrastructure",
                        "国際共同治験の基盤の件数", "International trial infrastructure",
                        hub.internationalTrialInfrastructure(), true);
            }
            add(measures, "courses", "courses", "研修の数", "Number of training courses", hub.courses().size(), true);
            for (TrainingCategory category : TrainingCategory.values()) {
                long participants = hub.courses().stream()
                        .filter(course -> course.categories().contains(category) && course.participants() != null)
                        .mapToLong(TrainingCourseInput::participants).sum();
                add(measures, "participants." + category.number(), "courses",
                        category.japaneseLabel() + "の受入実績", "Participants, " + category.displayLabel(),
                        participants, true);
            }
        } else if (content instanceof AmedThemeContent amed) {
            add(measures, "themes", "themes", "課題数", "Number of themes", amed.themes().size(), false);
            long grants = amed.themes().stream().filter(theme -> theme.singleYearGrantThousandYen() != null)
                    .mapToLong(ThemeRecord::singleYearGrantThousandYen).sum();
            add(measures, "grants", "themes", "単年度予算額の合計（千円）", "Total single-year grants (thousand yen)",
                    grants, false);
        } else if (content instanceof MemberSurveyContent survey) {
            add(measures, "respondents", "rows", "回答数", "Number of responses", survey.rows().size(), false);
            long domestic = survey.rows().stream().filter(row -> Boolean.TRUE.equals(row.domesticCapital())).count();
            add(measures, "domesticRespondents", "rows", "内資系の回答数", "Domestic-capital responses", domestic,
                    false);
        } else if (content instanceof MinistryProgressContent ministry) {
            ministry.goals().forEach(goal -> goal.figures().forEach((figure, value) -> measures.put(figure.name(),
                    new Measure(figure.name(), "goals." + goal.goal() + "." + figure.name(), figure.labelJa(),
                            figure.labelEn(), value, !figure.isDecimal() && figure != ProgressFigure.REFERENCE_COUNTRIES))));
        }
        return measures;
    }

    private static void add(Map<String, Measure> measures, String key, String field, String labelJa, String labelEn,
            long value, boolean perPeriod) {
        measures.put(key, new Measure(key, field, labelJa, labelEn, BigDecimal.valueOf(value), perPeriod));
    }
}

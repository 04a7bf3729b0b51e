package jp.go.mhlw.kpi.domain.model.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.shared.Phrase;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * The server's check of a submission (plain Java). Errors block: missing required values, negative counts,
 * impossible stages, figures that do not add up. Warnings need a justification: a value more than the thresholds
 * away from last year's (both normalised to a year by their cycles' factors), a theme whose stage went backwards
 * (behind last year's or behind its stage at adoption; the file import warns of the latter in the same words).
 */
public final class SubmissionValidator {

    /** The longest narrative or justification kept. */
    public static final int MAX_TEXT = 10_000;
    /** The longest name (course, theme, programme, company) kept. */
    public static final int MAX_NAME = 500;

    private final ChangeThresholds thresholds;

    public SubmissionValidator(ChangeThresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Validates content of a cycle with the given normalisation against last year's approved content, if any.
     */
    public ValidationResult validate(SubmissionContent content, PeriodNormalisation period, Optional<LastYear> lastYear) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(period, "period");
        Problems problems = new Problems();
        if (content instanceof HubReportContent hub) {
            checkHubReport(hub, problems);
        } else if (content instanceof AmedThemeContent amed) {
            checkThemes(amed, problems);
        } else if (content instanceof MemberSurveyContent survey) {
            checkSurvey(survey, problems);
        } else if (content instanceof MinistryProgressContent ministry) {
            checkMinistry(ministry, problems);
        }
        if (problems.errors.isEmpty()) {
            lastYear.filter(last -> last.content().kind() == content.kind())
                    .ifPresent(last -> compare(content, period, last, problems));
        }
        return new ValidationResult(problems.errors, problems.warnings);
    }

    // ---- hub report -------------------------------------------------------------------------------------------

    private static void checkHubReport(HubReportContent hub, Problems problems) {
        for (Stage stage : HubReportContent.RESEARCH_STAGES) {
            JointResearchInput row = hub.jointResearchAt(stage);
            String field = "jointResearch." + stage.name();
            Phrase cases = Phrase.of("submission.what.jointResearchCases", stage, stage.displayLabel());
            if (count(problems, field + ".cases", row.cases(), cases)) {
                Long average = row.averageAmountThousandYen();
                String averageField = field + ".averageAmount";
                if (row.cases() > 0 && average == null) {
                    problems.error(averageField, "submission.jointResearch.averageMissing", stage, stage.displayLabel());
                } else if (average != null && average < 0) {
                    problems.error(averageField, "submission.jointResearch.averageNegative", stage,
                            stage.displayLabel());
                } else if (row.cases() == 0 && average != null && average > 0) {
                    problems.error(averageField, "submission.jointResearch.averageWithoutCases", stage,
                            stage.displayLabel());
                }
            }
        }
        count(problems, "cooperationWithOtherHubs", hub.cooperationWithOtherHubs(),
                Phrase.of("submission.what.cooperation"));
        count(problems, "internationalTrialInfrastructure", hub.internationalTrialInfrastructure(),
                Phrase.of("submission.what.internationalTrials"));
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hub.courses().size(); i++) {
            checkCourse(hub.courses().get(i), "courses[" + i + "]", i + 1, names, problems);
        }
    }

    private static void checkCourse(TrainingCourseInput course, String field, int number, Set<String> names,
            Problems problems) {
        if (required(problems, field + ".name", course.name(), Phrase.of("submission.what.courseName", number))) {
            if (!names.add(course.name().strip())) {
                problems.error(field + ".name", "submission.course.duplicate", course.name().strip());
            }
        }
        if (course.categories().isEmpty()) {
            problems.error(field + ".categories", "submission.course.noCategory", number);
        }
        if (!count(problems, field + ".participants", course.participants(),
                Phrase.of("submission.what.courseParticipants", number))) {
            return;
        }
        if (!course.participantsByCategory().isEmpty()) {
            long sum = 0;
            boolean complete = true;
            for (Map.Entry<TrainingCategory, Integer> entry : course.participantsByCategory().entrySet()) {
                TrainingCategory category = entry.getKey();
                String categoryField = field + ".participantsByCategory." + category.number();
                if (!course.categories().contains(category)) {
                    problems.error(categoryField, "submission.course.categoryNotServed", number, category,
                            category.displayLabel());
                    complete = false;
                } else if (count(problems, categoryField, entry.getValue(), Phrase.of(
                        "submission.what.courseCategoryParticipants", number, category, category.displayLabel()))) {
                    sum += entry.getValue();
                } else {
                    complete = false;
                }
            }
            if (complete && sum != course.participants()) {
                problems.error(field + ".participantsByCategory", "submission.course.categoriesDoNotAddUp", number, sum,
                        course.participants());
            }
        }
        if (course.survey() != null) {
            checkParticipantSurvey(course.survey(), course.participants(), field + ".survey", number, problems);
        }
    }

    private static void checkParticipantSurvey(ParticipantSurvey survey, int participants, String field, int number,
            Problems problems) {
        if (!count(problems, field + ".respondents", survey.respondents(),
                Phrase.of("submission.what.surveyRespondents", number))) {
            return;
        }
        if (survey.respondents() > participants) {
            problems.error(field + ".respondents", "submission.survey.moreRespondentsThanParticipants", number,
                    survey.respondents(), participants);
        }
        for (SurveyQuestion question : SurveyQuestion.values()) {
            List<Integer> counts = survey.countsOf(question);
            String questionField = field + "." + question.name();
            long sum = 0;
            boolean ok = true;
            for (int option = 0; option < counts.size(); option++) {
                Integer value = counts.get(option);
                if (value == null) {
                    continue;
                }
                if (value < 0) {
                    problems.error(questionField, "submission.survey.negativeAnswers", number, question,
                            question.option(option));
                    ok = false;
                }
                sum += value;
            }
            if (ok && sum > survey.respondents()) {
                problems.error(questionField, "submission.survey.moreAnswersThanRespondents", number, question, sum,
                        survey.respondents());
            }
        }
    }

    // ---- AMED themes ------------------------------------------------------------------------------------------

    private static void checkThemes(AmedThemeContent amed, Problems problems) {
        if (amed.themes().isEmpty()) {
            problems.error("themes", "submission.themes.none");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < amed.themes().size(); i++) {
            ThemeRecord theme = amed.themes().get(i);
            String field = "themes[" + i + "]";
            int number = i + 1;
            boolean named = required(problems, field + ".programme", theme.programme(),
                    Phrase.of("submission.what.themeProgramme", number));
            named &= required(problems, field + ".title", theme.title(), Phrase.of("submission.what.themeTitle", number));
            if (named) {
                Integer earlier = seen.putIfAbsent(theme.identity(), number);
                if (earlier != null) {
                    problems.error(field + ".title", "submission.theme.duplicate", number, earlier);
                }
            }
            present(problems, field + ".focusArea", theme.focusArea(), Phrase.of("submission.what.themeFocusArea", number));
            boolean stages = present(problems, field + ".stageAtAdoption", theme.stageAtAdoption(),
                    Phrase.of("submission.what.themeStageAtAdoption", number));
            stages &= present(problems, field + ".currentStage", theme.currentStage(),
                    Phrase.of("submission.what.themeCurrentStage", number));
            if (theme.stageAtAdoption() == Stage.LAUNCHED) {
                problems.error(field + ".stageAtAdoption", "submission.theme.adoptedLaunched", number);
            } else if (stages && theme.stageAtAdoption().isAbove(theme.currentStage())) {
                // a theme sent back (e.g. to non-clinical work after a trial) counts, not as a stage-up, with a reason
                problems.warning("stageBeforeAdoption:" + theme.identity(), field + ".currentStage",
                        "submission.theme.stageBeforeAdoption", number, theme.currentStage().displayLabel(),
                        theme.stageAtAdoption().displayLabel());
            }
            Long grant = theme.singleYearGrantThousandYen();
            if (present(problems, field + ".grant", grant, Phrase.of("submission.what.themeGrant", number)) && grant < 0) {
                problems.error(field + ".grant", "submission.theme.negativeGrant", number);
            }
            present(problems, field + ".adoptedOn", theme.adoptedOn(), Phrase.of("submission.what.themeAdoptedOn", number));
        }
    }

    // ---- JFMDA survey -----------------------------------------------------------------------------------------

    private static void checkSurvey(MemberSurveyContent survey, Problems problems) {
        boolean dates = present(problems, "previousSnapshot", survey.previousSnapshot(),
                Phrase.of("submission.what.previousSnapshot"));
        dates &= present(problems, "currentSnapshot", survey.currentSnapshot(),
                Phrase.of("submission.what.currentSnapshot"));
        if (dates && !survey.previousSnapshot().isBefore(survey.currentSnapshot())) {
            problems.error("previousSnapshot", "submission.snapshotsOrder");
        }
        if (survey.rows().isEmpty()) {
            problems.error("rows", "submission.responses.none");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < survey.rows().size(); i++) {
            SurveyRow row = survey.rows().get(i);
            String field = "rows[" + i + "]";
            int number = i + 1;
            if (required(problems, field + ".company", row.company(), Phrase.of("submission.what.company", number))) {
                Integer earlier = seen.putIfAbsent(row.company().strip(), number);
                if (earlier != null) {
                    problems.error(field + ".company", "submission.response.duplicate", number, earlier);
                }
            }
            present(problems, field + ".domesticCapital", row.domesticCapital(),
                    Phrase.of("submission.what.domesticCapital", number));
            present(problems, field + ".venture", row.venture(), Phrase.of("submission.what.venture", number));
            present(problems, field + ".otherIndustryEntrant", row.otherIndustryEntrant(),
                    Phrase.of("submission.what.otherIndustryEntrant", number));
            if (Boolean.TRUE.equals(row.venture()) && Boolean.TRUE.equals(row.otherIndustryEntrant())) {
                problems.error(field + ".otherIndustryEntrant", "submission.response.ventureAndEntrant", number);
            }
            if (dates) {
                Set<LocalDate> snapshots = new HashSet<>(row.activitiesBySnapshot().keySet());
                snapshots.addAll(row.basesBySnapshot().keySet());
                for (LocalDate snapshot : snapshots) {
                    if (!snapshot.equals(survey.previousSnapshot()) && !snapshot.equals(survey.currentSnapshot())) {
                        problems.error(field + ".snapshots", "submission.response.otherSnapshot", number, snapshot);
                    }
                }
            }
        }
    }

    // ---- ministry progress report -----------------------------------------------------------------------------

    private static void checkMinistry(MinistryProgressContent ministry, Problems problems) {
        if (ministry.goals().stream().allMatch(GoalProgress::isBlank)) {
            problems.error("goals", "submission.goals.none");
        }
        for (GoalProgress goal : ministry.goals()) {
            if (goal.isBlank()) {
                continue;
            }
            String field = "goals." + goal.goal();
            if (goal.narrative() == null || goal.narrative().isBlank()) {
                problems.error(field + ".narrative", "submission.goal.narrativeMissing", goal.goal());
            } else if (goal.narrative().length() > MAX_TEXT) {
                problems.error(field + ".narrative", "submission.goal.narrativeTooLong", goal.goal(), MAX_TEXT);
            }
            goal.figures().forEach((figure, value) -> {
                String figureField = field + "." + figure.name();
                if (value.signum() < 0) {
                    problems.error(figureField, "submission.negative", figure);
                } else if (!figure.isDecimal() && value.stripTrailingZeros().scale() > 0) {
                    problems.error(figureField, "submission.wholeNumber", figure);
                }
            });
            sumCheck(goal, ProgressFigure.DEVICE_LAG, ProgressFigure.DEVELOPMENT_LAG, ProgressFigure.REVIEW_LAG, problems);
            sumCheck(goal, ProgressFigure.NEW_DEVICE_APPROVALS, ProgressFigure.NEW_DEVICE_APPROVALS_NEW,
                    ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, problems);
        }
    }

    private static void sumCheck(GoalProgress goal, ProgressFigure total, ProgressFigure first, ProgressFigure second,
            Problems problems) {
        BigDecimal whole = goal.figure(total);
        BigDecimal a = goal.figure(first);
        BigDecimal b = goal.figure(second);
        if (whole == null || a == null || b == null) {
            return;
        }
        if (whole.compareTo(a.add(b)) != 0) {
            problems.error("goals." + goal.goal() + "." + total.name(), "submission.goal.figuresDoNotAddUp", total,
                    whole.toPlainString(), first, second, a.add(b).toPlainString());
        }
    }

    // ---- against last year ------------------------------------------------------------------------------------

    private void compare(SubmissionContent content, PeriodNormalisation period, LastYear lastYear, Problems problems) {
        Map<String, Measure> current = Measure.of(content);
        Map<String, Measure> previous = Measure.of(lastYear.content());
        for (Measure measure : current.values()) {
            Measure before = previous.get(measure.key());
            if (before == null) {
                continue;
            }
            BigDecimal now = measure.normalised(period);
            BigDecimal then = before.normalised(lastYear.period());
            if (thresholds.isUnusual(now, then)) {
                problems.warning("change:" + measure.key(), measure.field(), "submission.warning.change",
                        measure.label(), lastYear.period().cycle(), plain(then), plain(now));
            }
        }
        if (content instanceof AmedThemeContent amed && lastYear.content() instanceof AmedThemeContent before) {
            Map<String, ThemeRecord> lastThemes = new LinkedHashMap<>();
            before.themes().forEach(theme -> lastThemes.putIfAbsent(theme.identity(), theme));
            for (int i = 0; i < amed.themes().size(); i++) {
                ThemeRecord theme = amed.themes().get(i);
                ThemeRecord last = lastThemes.get(theme.identity());
                if (last != null && last.currentStage() != null && last.currentStage().isAbove(theme.currentStage())) {
                    problems.warning("stage:" + theme.identity(), "themes[" + i + "].currentStage",
                            "submission.warning.stageBack", i + 1, theme.title(), last.currentStage().displayLabel(),
                            theme.currentStage().displayLabel());
                }
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A required count: present and not negative. True when usable. */
    private static boolean count(Problems problems, String field, Integer value, Phrase what) {
        if (value == null) {
            problems.error(field, "submission.requiredCount", what);
            return false;
        }
        if (value < 0) {
            problems.error(field, "submission.negative", what.capitalised());
            return false;
        }
        return true;
    }

    private static boolean required(Problems problems, String field, String value, Phrase what) {
        if (value == null || value.isBlank()) {
            problems.error(field, "problem.required", what);
            return false;
        }
        if (value.length() > MAX_NAME) {
            problems.error(field, "submission.tooLong", what.capitalised(), MAX_NAME);
            return false;
        }
        return true;
    }

    private static boolean present(Problems problems, String field, Object value, Phrase what) {
        if (value == null) {
            problems.error(field, "problem.required", what);
            return false;
        }
        return true;
    }

    private static final class Problems {
        final List<Problem> errors = new ArrayList<>();
        final List<ValidationWarning> warnings = new ArrayList<>();

        void error(String field, String key, Object... arguments) {
            errors.add(Problem.at(field, key, arguments));
        }

        void warning(String warningKey, String field, String key, Object... arguments) {
            warnings.add(new ValidationWarning(warningKey, Problem.at(field, key, arguments)));
        }
    }
}

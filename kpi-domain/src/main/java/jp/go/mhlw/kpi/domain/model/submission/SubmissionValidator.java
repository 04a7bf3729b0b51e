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

/**
 * The server's check of a submission (plain Java). Errors block: missing required values, negative counts,
 * impossible stages, figures that do not add up. Warnings need a justification: a value more than the thresholds
 * away from last year's (both normalised to a year by their cycles' factors), a theme whose stage went backwards.
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
            String labelJa = "共同研究（" + stage.japaneseLabel() + "）";
            String labelEn = "joint research (" + stage.displayLabel() + ")";
            if (count(problems, field + ".cases", row.cases(), labelJa + "の件数", labelEn + " cases")) {
                Long average = row.averageAmountThousandYen();
                String averageField = field + ".averageAmount";
                if (row.cases() > 0 && average == null) {
                    problems.error(averageField, labelJa + "の1件あたり平均金額（千円）を入力してください。",
                            "Enter the average amount per case (thousand yen) of " + labelEn + ".");
                } else if (average != null && average < 0) {
                    problems.error(averageField, labelJa + "の平均金額は0以上で入力してください。",
                            "The average amount of " + labelEn + " cannot be negative.");
                } else if (row.cases() == 0 && average != null && average > 0) {
                    problems.error(averageField, labelJa + "は0件ですが平均金額が入力されています。",
                            "An average amount is given for 0 cases of " + labelEn + ".");
                }
            }
        }
        count(problems, "cooperationWithOtherHubs", hub.cooperationWithOtherHubs(), "他拠点との連携件数",
                "cooperation with other hubs");
        count(problems, "internationalTrialInfrastructure", hub.internationalTrialInfrastructure(),
                "国際共同治験の基盤の件数", "international trial infrastructure");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < hub.courses().size(); i++) {
            checkCourse(hub.courses().get(i), "courses[" + i + "]", i + 1, names, problems);
        }
    }

    private static void checkCourse(TrainingCourseInput course, String field, int number, Set<String> names,
            Problems problems) {
        String whichJa = "研修" + number;
        String whichEn = "course " + number;
        if (required(problems, field + ".name", course.name(), whichJa + "の研修名", "the name of " + whichEn)) {
            if (!names.add(course.name().strip())) {
                problems.error(field + ".name", "研修名「" + course.name().strip() + "」が2回入力されています。",
                        "The course \"" + course.name().strip() + "\" is entered twice.");
            }
        }
        if (course.categories().isEmpty()) {
            problems.error(field + ".categories", whichJa + "の対象区分（1〜6）を1つ以上選んでください。",
                    "Choose at least one category (1-6) for " + whichEn + ".");
        }
        if (!count(problems, field + ".participants", course.participants(), whichJa + "の受入実績",
                "the participants of " + whichEn)) {
            return;
        }
        if (!course.participantsByCategory().isEmpty()) {
            long sum = 0;
            boolean complete = true;
            for (Map.Entry<TrainingCategory, Integer> entry : course.participantsByCategory().entrySet()) {
                String categoryField = field + ".participantsByCategory." + entry.getKey().number();
                if (!course.categories().contains(entry.getKey())) {
                    problems.error(categoryField, whichJa + "は" + entry.getKey().japaneseLabel()
                                    + "の対象ではありませんが、受入人数が入力されています。",
                            whichEn + " does not serve " + entry.getKey().displayLabel()
                                    + " but participants are given for it.");
                    complete = false;
                } else if (count(problems, categoryField, entry.getValue(),
                        whichJa + "の" + entry.getKey().japaneseLabel() + "の受入人数",
                        "participants of " + whichEn + " in " + entry.getKey().displayLabel())) {
                    sum += entry.getValue();
                } else {
                    complete = false;
                }
            }
            if (complete && sum != course.participants()) {
                problems.error(field + ".participantsByCategory", whichJa + "の区分別受入人数の合計（" + sum
                                + "人）が受入実績（" + course.participants() + "人）と一致しません。",
                        "The participants of " + whichEn + " by category add up to " + sum + ", not to its total of "
                                + course.participants() + ".");
            }
        }
        if (course.survey() != null) {
            checkParticipantSurvey(course.survey(), course.participants(), field + ".survey", whichJa, whichEn, problems);
        }
    }

    private static void checkParticipantSurvey(ParticipantSurvey survey, int participants, String field, String whichJa,
            String whichEn, Problems problems) {
        if (!count(problems, field + ".respondents", survey.respondents(), whichJa + "のアンケート回答者数",
                "the survey respondents of " + whichEn)) {
            return;
        }
        if (survey.respondents() > participants) {
            problems.error(field + ".respondents", whichJa + "のアンケート回答者数（" + survey.respondents()
                            + "人）が受入実績（" + participants + "人）を超えています。",
                    "The survey of " + whichEn + " has " + survey.respondents() + " respondents but the course had "
                            + participants + " participants.");
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
                    problems.error(questionField, whichJa + "の「" + question.labelJa() + "」（"
                                    + question.optionsJa().get(option) + "）は0以上で入力してください。",
                            "\"" + question.labelEn() + "\" (" + question.optionsEn().get(option) + ") of " + whichEn
                                    + " cannot be negative.");
                    ok = false;
                }
                sum += value;
            }
            if (ok && sum > survey.respondents()) {
                problems.error(questionField, whichJa + "の「" + question.labelJa() + "」の回答数の合計（" + sum
                                + "）が回答者数（" + survey.respondents() + "人）を超えています。",
                        "The answers to \"" + question.labelEn() + "\" of " + whichEn + " add up to " + sum
                                + ", more than its " + survey.respondents() + " respondents.");
            }
        }
    }

    // ---- AMED themes ------------------------------------------------------------------------------------------

    private static void checkThemes(AmedThemeContent amed, Problems problems) {
        if (amed.themes().isEmpty()) {
            problems.error("themes", "課題が1件もありません。課題一覧のファイルを取り込んでください。",
                    "There are no themes. Import the theme list file.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < amed.themes().size(); i++) {
            ThemeRecord theme = amed.themes().get(i);
            String field = "themes[" + i + "]";
            String whichJa = "課題" + (i + 1);
            String whichEn = "theme " + (i + 1);
            boolean named = required(problems, field + ".programme", theme.programme(), whichJa + "の事業名",
                    "the programme of " + whichEn);
            named &= required(problems, field + ".title", theme.title(), whichJa + "の課題名", "the title of " + whichEn);
            if (named) {
                Integer earlier = seen.putIfAbsent(theme.identity(), i + 1);
                if (earlier != null) {
                    problems.error(field + ".title", whichJa + "は課題" + earlier + "と同じ事業・課題名です。",
                            whichEn + " has the same programme and title as theme " + earlier + ".");
                }
            }
            present(problems, field + ".focusArea", theme.focusArea(), whichJa + "の重点分野", "the focus area of " + whichEn);
            boolean stages = present(problems, field + ".stageAtAdoption", theme.stageAtAdoption(),
                    whichJa + "の採択時ステージ", "the stage at adoption of " + whichEn);
            stages &= present(problems, field + ".currentStage", theme.currentStage(), whichJa + "の現在のステージ",
                    "the current stage of " + whichEn);
            if (theme.stageAtAdoption() == Stage.LAUNCHED) {
                problems.error(field + ".stageAtAdoption", whichJa + "の採択時ステージに上市は選べません（1st〜4th）。",
                        "A theme cannot be adopted at 上市 (launched); " + whichEn + " needs 1st-4th.");
            } else if (stages && theme.stageAtAdoption().isAbove(theme.currentStage())) {
                problems.error(field + ".currentStage", whichJa + "の現在のステージ（" + theme.currentStage().displayLabel()
                                + "）が採択時ステージ（" + theme.stageAtAdoption().displayLabel() + "）より前です。",
                        "The current stage of " + whichEn + " (" + theme.currentStage().displayLabel()
                                + ") is before its stage at adoption (" + theme.stageAtAdoption().displayLabel() + ").");
            }
            Long grant = theme.singleYearGrantThousandYen();
            if (present(problems, field + ".grant", grant, whichJa + "の単年度予算額", "the single-year grant of " + whichEn)
                    && grant < 0) {
                problems.error(field + ".grant", whichJa + "の単年度予算額は0以上で入力してください。",
                        "The single-year grant of " + whichEn + " cannot be negative.");
            }
            present(problems, field + ".adoptedOn", theme.adoptedOn(), whichJa + "の採択日", "the adoption date of " + whichEn);
        }
    }

    // ---- JFMDA survey -----------------------------------------------------------------------------------------

    private static void checkSurvey(MemberSurveyContent survey, Problems problems) {
        boolean dates = present(problems, "previousSnapshot", survey.previousSnapshot(), "前年の調査時点",
                "last year's snapshot date");
        dates &= present(problems, "currentSnapshot", survey.currentSnapshot(), "今年の調査時点",
                "this year's snapshot date");
        if (dates && !survey.previousSnapshot().isBefore(survey.currentSnapshot())) {
            problems.error("previousSnapshot", "前年の調査時点は今年の調査時点より前の日付にしてください。",
                    "Last year's snapshot date must be before this year's.");
        }
        if (survey.rows().isEmpty()) {
            problems.error("rows", "回答が1件もありません。調査結果のファイルを取り込んでください。",
                    "There are no responses. Import the survey file.");
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < survey.rows().size(); i++) {
            SurveyRow row = survey.rows().get(i);
            String field = "rows[" + i + "]";
            String whichJa = "回答" + (i + 1);
            String whichEn = "response " + (i + 1);
            if (required(problems, field + ".company", row.company(), whichJa + "の会社名", "the company of " + whichEn)) {
                Integer earlier = seen.putIfAbsent(row.company().strip(), i + 1);
                if (earlier != null) {
                    problems.error(field + ".company", whichJa + "は回答" + earlier + "と同じ会社です。",
                            whichEn + " is from the same company as response " + earlier + ".");
                }
            }
            present(problems, field + ".domesticCapital", row.domesticCapital(), whichJa + "の内資系",
                    "domestic capital of " + whichEn);
            present(problems, field + ".venture", row.venture(), whichJa + "のベンチャー", "venture of " + whichEn);
            present(problems, field + ".otherIndustryEntrant", row.otherIndustryEntrant(), whichJa + "の異業種参入",
                    "other-industry entrant of " + whichEn);
            if (Boolean.TRUE.equals(row.venture()) && Boolean.TRUE.equals(row.otherIndustryEntrant())) {
                problems.error(field + ".otherIndustryEntrant", whichJa + "はベンチャーと異業種参入の両方になっています。"
                                + "ベンチャーは異業種参入から除きます。",
                        whichEn + " is both a venture and an other-industry entrant; ventures are counted separately.");
            }
            if (dates) {
                Set<LocalDate> snapshots = new HashSet<>(row.activitiesBySnapshot().keySet());
                snapshots.addAll(row.basesBySnapshot().keySet());
                for (LocalDate snapshot : snapshots) {
                    if (!snapshot.equals(survey.previousSnapshot()) && !snapshot.equals(survey.currentSnapshot())) {
                        problems.error(field + ".snapshots", whichJa + "に調査時点ではない日付（" + snapshot
                                        + "）の回答があります。",
                                whichEn + " answers for " + snapshot + ", which is not a snapshot date of this survey.");
                    }
                }
            }
        }
    }

    // ---- ministry progress report -----------------------------------------------------------------------------

    private static void checkMinistry(MinistryProgressContent ministry, Problems problems) {
        if (ministry.goals().stream().allMatch(GoalProgress::isBlank)) {
            problems.error("goals", "少なくとも1つのゴールについて進捗を記入してください。",
                    "Report the progress on at least one goal.");
        }
        for (GoalProgress goal : ministry.goals()) {
            if (goal.isBlank()) {
                continue;
            }
            String field = "goals." + goal.goal();
            if (goal.narrative() == null || goal.narrative().isBlank()) {
                problems.error(field + ".narrative", "ゴール" + goal.goal() + "の進捗状況（文章）を記入してください。",
                        "Describe the progress on goal " + goal.goal() + ".");
            } else if (goal.narrative().length() > MAX_TEXT) {
                problems.error(field + ".narrative", "ゴール" + goal.goal() + "の進捗状況は" + MAX_TEXT + "文字以内にしてください。",
                        "The progress on goal " + goal.goal() + " must be at most " + MAX_TEXT + " characters.");
            }
            goal.figures().forEach((figure, value) -> {
                String figureField = field + "." + figure.name();
                if (value.signum() < 0) {
                    problems.error(figureField, figure.labelJa() + "は0以上で入力してください。",
                            figure.labelEn() + " cannot be negative.");
                } else if (!figure.isDecimal() && value.stripTrailingZeros().scale() > 0) {
                    problems.error(figureField, figure.labelJa() + "は整数で入力してください。",
                            figure.labelEn() + " is a whole number.");
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
            problems.error("goals." + goal.goal() + "." + total.name(), total.labelJa() + "（" + whole.toPlainString()
                            + "）が" + first.labelJa() + "と" + second.labelJa() + "の合計（" + a.add(b).toPlainString()
                            + "）と一致しません。",
                    total.labelEn() + " (" + whole.toPlainString() + ") is not " + first.labelEn() + " plus "
                            + second.labelEn() + " (" + a.add(b).toPlainString() + ").");
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
                problems.warning(new ValidationWarning("change:" + measure.key(), measure.field(),
                        measure.labelJa() + "が前年（" + lastYear.period().cycle() + "）の"
                                + plain(then) + "から" + plain(now) + "に大きく変わりました（年換算）。理由を記入してください。",
                        measure.labelEn() + " changed from " + plain(then) + " last year (" + lastYear.period().cycle()
                                + ") to " + plain(now) + " (per year). Please give the reason."));
            }
        }
        if (content instanceof AmedThemeContent amed && lastYear.content() instanceof AmedThemeContent before) {
            Map<String, ThemeRecord> lastThemes = new LinkedHashMap<>();
            before.themes().forEach(theme -> lastThemes.putIfAbsent(theme.identity(), theme));
            for (int i = 0; i < amed.themes().size(); i++) {
                ThemeRecord theme = amed.themes().get(i);
                ThemeRecord last = lastThemes.get(theme.identity());
                if (last != null && last.currentStage() != null && last.currentStage().isAbove(theme.currentStage())) {
                    problems.warning(new ValidationWarning("stage:" + theme.identity(), "themes[" + i + "].currentStage",
                            "課題" + (i + 1) + "「" + theme.title() + "」の現在のステージが前年の"
                                    + last.currentStage().displayLabel() + "から" + theme.currentStage().displayLabel()
                                    + "に戻っています。理由を記入してください。",
                            "The current stage of theme " + (i + 1) + " \"" + theme.title() + "\" went back from "
                                    + last.currentStage().displayLabel() + " last year to "
                                    + theme.currentStage().displayLabel() + ". Please give the reason."));
                }
            }
        }
    }

    private static String plain(BigDecimal value) {
        return value.setScale(1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** A required count: present and not negative. True when usable. */
    private static boolean count(Problems problems, String field, Integer value, String labelJa, String labelEn) {
        if (value == null) {
            problems.error(field, labelJa + "を入力してください（0件の場合は0）。", "Enter " + labelEn + " (0 if none).");
            return false;
        }
        if (value < 0) {
            problems.error(field, labelJa + "は0以上で入力してください。", capitalise(labelEn) + " cannot be negative.");
            return false;
        }
        return true;
    }

    private static boolean required(Problems problems, String field, String value, String labelJa, String labelEn) {
        if (value == null || value.isBlank()) {
            problems.error(field, labelJa + "を入力してください。", "Enter " + labelEn + ".");
            return false;
        }
        if (value.length() > MAX_NAME) {
            problems.error(field, labelJa + "は" + MAX_NAME + "文字以内にしてください。",
                    capitalise(labelEn) + " must be at most " + MAX_NAME + " characters.");
            return false;
        }
        return true;
    }

    private static boolean present(Problems problems, String field, Object value, String labelJa, String labelEn) {
        if (value == null) {
            problems.error(field, labelJa + "を入力してください。", "Enter " + labelEn + ".");
            return false;
        }
        return true;
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static final class Problems {
        final List<FieldError> errors = new ArrayList<>();
        final List<ValidationWarning> warnings = new ArrayList<>();

        void error(String field, String messageJa, String messageEn) {
            errors.add(new FieldError(field, messageJa, messageEn));
        }

        void warning(ValidationWarning warning) {
            warnings.add(warning);
        }
    }
}

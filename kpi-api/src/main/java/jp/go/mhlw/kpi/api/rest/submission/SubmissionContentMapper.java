package jp.go.mhlw.kpi.api.rest.submission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.AmedThemeReport;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.Company;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.Content;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.Course;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.CourseSurvey;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.Goal;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.HubReport;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.JointResearch;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.MemberSurvey;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.MinistryProgressReport;
import jp.go.mhlw.kpi.api.rest.submission.SubmissionContentJson.Theme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.DeviceLicence;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ParticipantSurvey;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.submission.SurveyRow;
import jp.go.mhlw.kpi.domain.model.submission.ThemeRecord;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.InputLimits;

/**
 * Turns the API's submission content ({@link SubmissionContentJson}) into the domain's ({@link SubmissionContent}).
 * Names of constants, dates and the names of keyed members are checked here; so are the rules the domain's values
 * keep themselves (a goal reported twice, a question answered with the wrong number of options). Either is refused
 * with {@link MalformedContentException} naming the member by its place. Whether the content may be submitted
 * (required values, plausible figures) is the domain's validation, not this mapping's.
 */
public final class SubmissionContentMapper {

    private SubmissionContentMapper() {
    }

    public static SubmissionContent toDomain(Content content) {
        if (content instanceof HubReport hub) {
            return hubReport(hub);
        }
        if (content instanceof AmedThemeReport amed) {
            List<ThemeRecord> themes = new ArrayList<>();
            for (int i = 0; i < amed.themes().size(); i++) {
                themes.add(theme(amed.themes().get(i), "themes[" + i + "]"));
            }
            return new AmedThemeContent(themes);
        }
        if (content instanceof MemberSurvey survey) {
            return memberSurvey(survey);
        }
        return ministryReport((MinistryProgressReport) content);
    }

    // ---- hub report -------------------------------------------------------------------------------------------

    private static HubReportContent hubReport(HubReport hub) {
        List<String> stages = HubReportContent.RESEARCH_STAGES.stream().map(Stage::name).toList();
        Map<Stage, JointResearchInput> research = new EnumMap<>(Stage.class);
        hub.jointResearch().forEach((stage, row) -> {
            if (!stages.contains(stage)) {
                throw MalformedContentException.unknownMember(stage, "jointResearch", stages);
            }
            research.put(Stage.valueOf(stage), row == null ? null : jointResearch(row));
        });
        Set<Platform> platforms = constants(hub.platforms(), "platforms", Platform.class);
        List<TrainingCourseInput> courses = new ArrayList<>();
        for (int i = 0; i < hub.courses().size(); i++) {
            courses.add(course(hub.courses().get(i), "courses[" + i + "]"));
        }
        return new HubReportContent(research, hub.cooperationWithOtherHubs(), hub.internationalTrialInfrastructure(),
                platforms, courses);
    }

    private static JointResearchInput jointResearch(JointResearch row) {
        return new JointResearchInput(row.cases(), row.averageAmountThousandYen());
    }

    private static TrainingCourseInput course(Course course, String where) {
        Set<TrainingCategory> categories = EnumSet.noneOf(TrainingCategory.class);
        for (int i = 0; i < course.categories().size(); i++) {
            categories.add(category(course.categories().get(i), where + ".categories[" + i + "]"));
        }
        List<String> numbers = Arrays.stream(TrainingCategory.values()).map(c -> String.valueOf(c.number())).toList();
        Map<TrainingCategory, Integer> byCategory = new EnumMap<>(TrainingCategory.class);
        course.participantsByCategory().forEach((number, participants) -> {
            if (!numbers.contains(number)) {
                throw MalformedContentException.unknownMember(number, where + ".participantsByCategory", numbers);
            }
            if (participants != null) {
                byCategory.put(TrainingCategory.of(Integer.parseInt(number)), participants);
            }
        });
        ParticipantSurvey survey = course.survey() == null ? null : survey(course.survey(), where + ".survey");
        return new TrainingCourseInput(course.name(), categories, course.participants(), byCategory, survey);
    }

    private static TrainingCategory category(int number, String where) {
        try {
            return TrainingCategory.of(number);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedContentException(where + " cannot be " + number);
        }
    }

    private static ParticipantSurvey survey(CourseSurvey survey, String where) {
        List<String> members = new ArrayList<>(List.of("respondents"));
        Arrays.stream(SurveyQuestion.values()).map(Enum::name).forEach(members::add);
        Map<SurveyQuestion, List<Integer>> answers = new EnumMap<>(SurveyQuestion.class);
        survey.answers().forEach((question, counts) -> {
            if (!members.contains(question)) {
                throw MalformedContentException.unknownMember(question, where, members);
            }
            answers.put(SurveyQuestion.valueOf(question), counts);
        });
        return madeAt(where, () -> new ParticipantSurvey(survey.respondents(), answers));
    }

    // ---- AMED theme report ------------------------------------------------------------------------------------

    private static ThemeRecord theme(Theme theme, String where) {
        return new ThemeRecord(theme.programme(), theme.title(),
                constant(theme.focusArea(), where + ".focusArea", FocusArea.class),
                constant(theme.stageAtAdoption(), where + ".stageAtAdoption", Stage.class),
                constant(theme.currentStage(), where + ".currentStage", Stage.class),
                theme.singleYearGrantThousandYen(), date(theme.adoptedOn(), where + ".adoptedOn"));
    }

    // ---- member survey ----------------------------------------------------------------------------------------

    private static MemberSurveyContent memberSurvey(MemberSurvey survey) {
        List<SurveyRow> rows = new ArrayList<>();
        for (int i = 0; i < survey.rows().size(); i++) {
            Company row = survey.rows().get(i);
            String where = "rows[" + i + "]";
            rows.add(new SurveyRow(row.company(), row.domesticCapital(), row.venture(), row.otherIndustryEntrant(),
                    constants(row.licencesHeld(), where + ".licencesHeld", DeviceLicence.class),
                    bySnapshot(row.activitiesBySnapshot(), where + ".activitiesBySnapshot", OverseasActivity.class),
                    bySnapshot(row.basesBySnapshot(), where + ".basesBySnapshot", OverseasBase.class)));
        }
        return new MemberSurveyContent(date(survey.previousSnapshot(), "previousSnapshot"),
                date(survey.currentSnapshot(), "currentSnapshot"), rows);
    }

    private static <E extends Enum<E>> Map<LocalDate, Set<E>> bySnapshot(Map<String, List<String>> answers,
            String where, Class<E> type) {
        Map<LocalDate, Set<E>> bySnapshot = new LinkedHashMap<>();
        answers.forEach((snapshot, names) -> {
            LocalDate date;
            try {
                date = LocalDate.parse(snapshot);
            } catch (DateTimeParseException notADate) {
                throw new MalformedContentException(where + " is keyed by snapshot dates (yyyy-mm-dd), not \""
                        + snapshot + "\"");
            }
            bySnapshot.put(date, constants(names, where + "." + snapshot, type));
        });
        return bySnapshot;
    }

    // ---- ministry progress report -----------------------------------------------------------------------------

    private static MinistryProgressContent ministryReport(MinistryProgressReport report) {
        List<String> figureNames = Arrays.stream(ProgressFigure.values()).map(Enum::name).toList();
        List<GoalProgress> goals = new ArrayList<>();
        for (int i = 0; i < report.goals().size(); i++) {
            Goal goal = report.goals().get(i);
            String where = "goals[" + i + "]";
            if (goal.goal() == null) {
                throw new MalformedContentException(where + ".goal is required");
            }
            Map<ProgressFigure, BigDecimal> figures = new EnumMap<>(ProgressFigure.class);
            goal.figures().forEach((figure, value) -> {
                if (!figureNames.contains(figure)) {
                    throw MalformedContentException.unknownMember(figure, where + ".figures", figureNames);
                }
                figures.put(ProgressFigure.valueOf(figure), value);
            });
            goals.add(madeAt(where, () -> new GoalProgress(goal.goal(), goal.narrative(), figures)));
        }
        return madeAt("goals", () -> new MinistryProgressContent(goals));
    }

    // ---- values -----------------------------------------------------------------------------------------------

    private static <E extends Enum<E>> E constant(String name, String where, Class<E> type) {
        if (name == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedContentException(where + " cannot be \"" + name + "\"");
        }
    }

    private static <E extends Enum<E>> Set<E> constants(List<String> names, String where, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        for (int i = 0; i < names.size(); i++) {
            constants.add(constant(names.get(i), where + "[" + i + "]", type));
        }
        return constants;
    }

    /** An ISO date within the platform's range of dates ({@link InputLimits#EARLIEST_DATE} to the latest). */
    private static LocalDate date(String text, String where) {
        LocalDate date;
        try {
            date = text == null ? null : LocalDate.parse(text);
        } catch (DateTimeParseException notADate) {
            throw new MalformedContentException(where + " cannot be \"" + text + "\"");
        }
        new InputCheck().date(where, where, date).problems().stream().findFirst().ifPresent(outside -> {
            throw new MalformedContentException(outside.messageEn());
        });
        return date;
    }

    /** A value the domain refuses to make (its rule's message says why) is refused at its place. */
    private static <T> T madeAt(String where, Supplier<T> making) {
        try {
            return making.get();
        } catch (IllegalArgumentException refused) {
            throw new MalformedContentException(where + ": " + refused.getMessage());
        }
    }
}

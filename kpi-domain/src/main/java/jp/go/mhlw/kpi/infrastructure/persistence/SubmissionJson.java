package jp.go.mhlw.kpi.infrastructure.persistence;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
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
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;

/**
 * The stored form of a submission's content (draft or version), its warnings and justifications: JSON objects whose
 * members are the records' component names, enums by constant name, dates as ISO dates, blank values left out.
 * {@code "format"} numbers the layout so that later layouts still read the versions stored under this one.
 */
public final class SubmissionJson {

    static final int FORMAT = 1;

    private SubmissionJson() {
    }

    // ---- content ----------------------------------------------------------------------------------------------

    /** The content as its JSON document (stored versions; the API reads its own layout, kpi-api). */
    public static String write(SubmissionContent content) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("format", FORMAT);
        json.put("kind", content.kind().name());
        if (content instanceof HubReportContent hub) {
            Map<String, Object> research = new LinkedHashMap<>();
            hub.jointResearch().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
                Map<String, Object> row = new LinkedHashMap<>();
                put(row, "cases", entry.getValue().cases());
                put(row, "averageAmountThousandYen", entry.getValue().averageAmountThousandYen());
                research.put(entry.getKey().name(), row);
            });
            json.put("jointResearch", research);
            put(json, "cooperationWithOtherHubs", hub.cooperationWithOtherHubs());
            put(json, "internationalTrialInfrastructure", hub.internationalTrialInfrastructure());
            json.put("platforms", names(hub.platforms()));
            json.put("courses", hub.courses().stream().map(SubmissionJson::course).toList());
        } else if (content instanceof AmedThemeContent amed) {
            json.put("themes", amed.themes().stream().map(theme -> {
                Map<String, Object> row = new LinkedHashMap<>();
                put(row, "programme", theme.programme());
                put(row, "title", theme.title());
                put(row, "focusArea", name(theme.focusArea()));
                put(row, "stageAtAdoption", name(theme.stageAtAdoption()));
                put(row, "currentStage", name(theme.currentStage()));
                put(row, "singleYearGrantThousandYen", theme.singleYearGrantThousandYen());
                put(row, "adoptedOn", text(theme.adoptedOn()));
                return row;
            }).toList());
        } else if (content instanceof MemberSurveyContent survey) {
            put(json, "previousSnapshot", text(survey.previousSnapshot()));
            put(json, "currentSnapshot", text(survey.currentSnapshot()));
            json.put("rows", survey.rows().stream().map(row -> {
                Map<String, Object> member = new LinkedHashMap<>();
                put(member, "company", row.company());
                put(member, "domesticCapital", row.domesticCapital());
                put(member, "venture", row.venture());
                put(member, "otherIndustryEntrant", row.otherIndustryEntrant());
                member.put("licencesHeld", names(row.licencesHeld()));
                member.put("activitiesBySnapshot", bySnapshot(row.activitiesBySnapshot()));
                member.put("basesBySnapshot", bySnapshot(row.basesBySnapshot()));
                return member;
            }).toList());
        } else if (content instanceof MinistryProgressContent ministry) {
            json.put("goals", ministry.goals().stream().map(goal -> {
                Map<String, Object> member = new LinkedHashMap<>();
                member.put("goal", goal.goal());
                put(member, "narrative", goal.narrative());
                Map<String, Object> figures = new LinkedHashMap<>();
                new TreeMap<>(goal.figures()).forEach((figure, value) -> figures.put(figure.name(), value));
                member.put("figures", figures);
                return member;
            }).toList());
        }
        return JsonText.write(json);
    }

    private static Map<String, Object> course(TrainingCourseInput course) {
        Map<String, Object> json = new LinkedHashMap<>();
        put(json, "name", course.name());
        json.put("categories", course.categories().stream().map(TrainingCategory::number).sorted().toList());
        put(json, "participants", course.participants());
        Map<String, Object> byCategory = new LinkedHashMap<>();
        new TreeMap<>(course.participantsByCategory())
                .forEach((category, count) -> byCategory.put(String.valueOf(category.number()), count));
        json.put("participantsByCategory", byCategory);
        if (course.survey() != null) {
            Map<String, Object> survey = new LinkedHashMap<>();
            put(survey, "respondents", course.survey().respondents());
            course.survey().answers().forEach((question, counts) -> survey.put(question.name(), new ArrayList<>(counts)));
            json.put("survey", survey);
        }
        return json;
    }

    /**
     * The content of a JSON document in this layout.
     *
     * @throws IllegalArgumentException when the document does not follow the layout (the message says where)
     */
    public static SubmissionContent read(String stored) {
        Map<?, ?> json = object(JsonText.read(stored), "a stored submission");
        Integer format = integer(json, "format");
        if (format == null || format != FORMAT) {
            throw new IllegalArgumentException("Submission in format " + format + ", this version reads " + FORMAT);
        }
        SubmissionKind kind = constant(json, "kind", SubmissionKind::valueOf);
        if (kind == null) {
            throw new IllegalArgumentException("kind is required (" + List.of(SubmissionKind.values()) + ")");
        }
        return switch (kind) {
            case HUB_REPORT -> readHubReport(json);
            case AMED_THEME_REPORT -> new AmedThemeContent(objects(json, "themes").stream().map(row -> new ThemeRecord(
                    string(row, "programme"), string(row, "title"), constant(row, "focusArea", FocusArea::valueOf),
                    constant(row, "stageAtAdoption", Stage::valueOf), constant(row, "currentStage", Stage::valueOf),
                    whole(row, "singleYearGrantThousandYen"), constant(row, "adoptedOn", LocalDate::parse))).toList());
            case MEMBER_SURVEY -> new MemberSurveyContent(constant(json, "previousSnapshot", LocalDate::parse),
                    constant(json, "currentSnapshot", LocalDate::parse), objects(json, "rows").stream()
                    .map(row -> new SurveyRow(string(row, "company"), bool(row, "domesticCapital"),
                            bool(row, "venture"), bool(row, "otherIndustryEntrant"),
                            enums(row.get("licencesHeld"), DeviceLicence.class),
                            bySnapshot(row.get("activitiesBySnapshot"), OverseasActivity.class),
                            bySnapshot(row.get("basesBySnapshot"), OverseasBase.class))).toList());
            case MINISTRY_PROGRESS_REPORT -> new MinistryProgressContent(objects(json, "goals").stream().map(goal -> {
                Map<ProgressFigure, BigDecimal> figures = new EnumMap<>(ProgressFigure.class);
                membersOf(goal, "figures")
                        .forEach((name, value) -> figures.put(ProgressFigure.valueOf((String) name), (BigDecimal) value));
                return new GoalProgress(integer(goal, "goal"), string(goal, "narrative"),
                        figures);
            }).toList());
        };
    }

    private static HubReportContent readHubReport(Map<?, ?> json) {
        Map<Stage, JointResearchInput> research = new EnumMap<>(Stage.class);
        membersOf(json, "jointResearch").forEach((stage, row) -> {
            Map<?, ?> values = object(row, "joint research");
            research.put(Stage.valueOf((String) stage), new JointResearchInput(integer(values, "cases"),
                    whole(values, "averageAmountThousandYen")));
        });
        List<TrainingCourseInput> courses = new ArrayList<>();
        for (Map<?, ?> course : objects(json, "courses")) {
            Set<TrainingCategory> categories = EnumSet.noneOf(TrainingCategory.class);
            ((List<?>) course.get("categories"))
                    .forEach(number -> categories.add(TrainingCategory.of(((BigDecimal) number).intValueExact())));
            Map<TrainingCategory, Integer> byCategory = new EnumMap<>(TrainingCategory.class);
            membersOf(course, "participantsByCategory").forEach((number, count) ->
                    byCategory.put(TrainingCategory.of(Integer.parseInt((String) number)),
                            ((BigDecimal) count).intValueExact()));
            ParticipantSurvey survey = null;
            if (course.get("survey") instanceof Map<?, ?> stored) {
                Map<SurveyQuestion, List<Integer>> answers = new EnumMap<>(SurveyQuestion.class);
                for (SurveyQuestion question : SurveyQuestion.values()) {
                    if (stored.get(question.name()) instanceof List<?> counts) {
                        answers.put(question, counts.stream()
                                .map(count -> count == null ? null : ((BigDecimal) count).intValueExact()).toList());
                    }
                }
                survey = new ParticipantSurvey(integer(stored, "respondents"), answers);
            }
            courses.add(new TrainingCourseInput(string(course, "name"), categories, integer(course, "participants"),
                    byCategory, survey));
        }
        return new HubReportContent(research, integer(json, "cooperationWithOtherHubs"),
                integer(json, "internationalTrialInfrastructure"), enums(json.get("platforms"), Platform.class), courses);
    }

    // ---- warnings and justifications --------------------------------------------------------------------------

    static String writeWarnings(List<ValidationWarning> warnings) {
        return JsonText.write(warnings.stream().map(warning -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("key", warning.key());
            json.put("field", warning.field());
            json.put("messageJa", warning.messageJa());
            json.put("messageEn", warning.messageEn());
            return json;
        }).toList());
    }

    static List<ValidationWarning> readWarnings(String stored) {
        List<ValidationWarning> warnings = new ArrayList<>();
        for (Object item : (List<?>) JsonText.read(stored)) {
            Map<?, ?> json = object(item, "warning");
            warnings.add(ValidationWarning.asSubmitted(string(json, "key"), string(json, "field"),
                    string(json, "messageJa"), string(json, "messageEn")));
        }
        return warnings;
    }

    static String writeJustifications(Map<String, String> justifications) {
        return JsonText.write(new LinkedHashMap<String, Object>(justifications));
    }

    static Map<String, String> readJustifications(String stored) {
        Map<String, String> justifications = new LinkedHashMap<>();
        object(JsonText.read(stored), "justifications").forEach((key, text) -> justifications.put((String) key, (String) text));
        return justifications;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static Map<String, Object> bySnapshot(Map<LocalDate, ? extends Set<? extends Enum<?>>> bySnapshot) {
        Map<String, Object> json = new LinkedHashMap<>();
        new TreeMap<>(bySnapshot).forEach((snapshot, answers) -> json.put(snapshot.toString(), names(answers)));
        return json;
    }

    private static <E extends Enum<E>> Map<LocalDate, Set<E>> bySnapshot(Object stored, Class<E> type) {
        Map<LocalDate, Set<E>> bySnapshot = new TreeMap<>();
        if (stored != null) {
            object(stored, "answers by snapshot")
                    .forEach((snapshot, answers) -> bySnapshot.put(LocalDate.parse((String) snapshot), enums(answers, type)));
        }
        return bySnapshot;
    }

    private static List<String> names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Object stored, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (stored != null) {
            ((List<?>) stored).forEach(name -> values.add(Enum.valueOf(type, (String) name)));
        }
        return values;
    }

    private static Map<?, ?> object(Object value, String what) {
        if (!(value instanceof Map<?, ?> json)) {
            throw new IllegalArgumentException(what + " must be a JSON object");
        }
        return json;
    }

    /** A member holding an object; left out, it is an empty one (blank values are left out of the layout). */
    private static Map<?, ?> membersOf(Map<?, ?> json, String name) {
        Object value = json.get(name);
        return value == null ? Map.of() : object(value, name);
    }

    private static List<Map<?, ?>> objects(Map<?, ?> json, String name) {
        List<Map<?, ?>> items = new ArrayList<>();
        if (json.get(name) instanceof List<?> list) {
            list.forEach(item -> items.add(object(item, name)));
        }
        return items;
    }

    private static void put(Map<String, Object> json, String name, Object value) {
        if (value != null) {
            json.put(name, value);
        }
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    // the scalar readers name the member whose value does not fit, so that a damaged stored document is easy to find

    private static String string(Map<?, ?> json, String name) {
        Object value = json.get(name);
        if (value != null && !(value instanceof String)) {
            throw new IllegalArgumentException(name + " must be a text, not " + value);
        }
        return (String) value;
    }

    private static Boolean bool(Map<?, ?> json, String name) {
        Object value = json.get(name);
        if (value != null && !(value instanceof Boolean)) {
            throw new IllegalArgumentException(name + " must be true or false, not " + value);
        }
        return (Boolean) value;
    }

    private static Integer integer(Map<?, ?> json, String name) {
        Long value = whole(json, name);
        if (value != null && (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(name + " is out of range: " + value);
        }
        return value == null ? null : value.intValue();
    }

    private static Long whole(Map<?, ?> json, String name) {
        Object value = json.get(name);
        if (value == null) {
            return null;
        }
        if (!(value instanceof BigDecimal number)) {
            throw new IllegalArgumentException(name + " must be a number, not " + value);
        }
        try {
            return number.longValueExact();
        } catch (ArithmeticException fraction) {
            throw new IllegalArgumentException(name + " must be a whole number, not " + number.toPlainString());
        }
    }

    private static <T> T constant(Map<?, ?> json, String name, Function<String, T> parse) {
        String value = string(json, name);
        try {
            return value == null ? null : parse.apply(value);
        } catch (IllegalArgumentException | java.time.format.DateTimeParseException unknown) {
            throw new IllegalArgumentException(name + " cannot be \"" + value + "\"");
        }
    }
}

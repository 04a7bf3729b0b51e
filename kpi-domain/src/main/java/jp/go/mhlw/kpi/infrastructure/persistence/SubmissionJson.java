package jp.go.mhlw.kpi.infrastructure.persistence;

import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.array;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.asDecimal;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.asInteger;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.asText;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.blank;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.bool;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.constant;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.integer;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.items;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.list;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.members;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.object;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.objectOrNull;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.objects;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.plain;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.put;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.putOrNull;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.text;
import static jp.go.mhlw.kpi.infrastructure.persistence.StoredJson.whole;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
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
        JsonObjectBuilder json = object().add("format", FORMAT).add("kind", content.kind().name());
        if (content instanceof HubReportContent hub) {
            JsonObjectBuilder research = object();
            new TreeMap<>(hub.jointResearch()).forEach((stage, input) -> {
                JsonObjectBuilder row = object();
                put(row, "cases", input.cases());
                put(row, "averageAmountThousandYen", input.averageAmountThousandYen());
                research.add(stage.name(), row);
            });
            json.add("jointResearch", research);
            put(json, "cooperationWithOtherHubs", hub.cooperationWithOtherHubs());
            put(json, "internationalTrialInfrastructure", hub.internationalTrialInfrastructure());
            json.add("platforms", names(hub.platforms()));
            JsonArrayBuilder courses = array();
            hub.courses().forEach(course -> courses.add(course(course)));
            json.add("courses", courses);
        } else if (content instanceof AmedThemeContent amed) {
            JsonArrayBuilder themes = array();
            for (ThemeRecord theme : amed.themes()) {
                JsonObjectBuilder row = object();
                put(row, "programme", theme.programme());
                put(row, "title", theme.title());
                put(row, "focusArea", theme.focusArea());
                put(row, "stageAtAdoption", theme.stageAtAdoption());
                put(row, "currentStage", theme.currentStage());
                put(row, "singleYearGrantThousandYen", theme.singleYearGrantThousandYen());
                put(row, "adoptedOn", theme.adoptedOn());
                themes.add(row);
            }
            json.add("themes", themes);
        } else if (content instanceof MemberSurveyContent survey) {
            put(json, "previousSnapshot", survey.previousSnapshot());
            put(json, "currentSnapshot", survey.currentSnapshot());
            JsonArrayBuilder rows = array();
            for (SurveyRow row : survey.rows()) {
                JsonObjectBuilder member = object();
                put(member, "company", row.company());
                put(member, "domesticCapital", row.domesticCapital());
                put(member, "venture", row.venture());
                put(member, "otherIndustryEntrant", row.otherIndustryEntrant());
                member.add("licencesHeld", names(row.licencesHeld()));
                member.add("activitiesBySnapshot", bySnapshot(row.activitiesBySnapshot()));
                member.add("basesBySnapshot", bySnapshot(row.basesBySnapshot()));
                rows.add(member);
            }
            json.add("rows", rows);
        } else if (content instanceof MinistryProgressContent ministry) {
            JsonArrayBuilder goals = array();
            for (GoalProgress goal : ministry.goals()) {
                JsonObjectBuilder member = object().add("goal", goal.goal());
                put(member, "narrative", goal.narrative());
                JsonObjectBuilder figures = object();
                new TreeMap<>(goal.figures()).forEach((figure, value) -> figures.add(figure.name(), plain(value)));
                member.add("figures", figures);
                goals.add(member);
            }
            json.add("goals", goals);
        }
        return StoredJson.write(json.build());
    }

    private static JsonObjectBuilder course(TrainingCourseInput course) {
        JsonObjectBuilder json = object();
        put(json, "name", course.name());
        JsonArrayBuilder categories = array();
        course.categories().stream().map(TrainingCategory::number).sorted().forEach(categories::add);
        json.add("categories", categories);
        put(json, "participants", course.participants());
        JsonObjectBuilder byCategory = object();
        new TreeMap<>(course.participantsByCategory())
                .forEach((category, count) -> byCategory.add(String.valueOf(category.number()), count));
        json.add("participantsByCategory", byCategory);
        if (course.survey() != null) {
            JsonObjectBuilder survey = object();
            put(survey, "respondents", course.survey().respondents());
            course.survey().answers().forEach((question, counts) -> {
                JsonArrayBuilder answers = array();
                counts.forEach(count -> {
                    if (count == null) {
                        answers.addNull();
                    } else {
                        answers.add(count.intValue());
                    }
                });
                survey.add(question.name(), answers);
            });
            json.add("survey", survey);
        }
        return json;
    }

    /**
     * The content of a JSON document in this layout.
     *
     * @throws IllegalArgumentException when the document is no JSON or does not follow the layout (the message says
     *                                  where)
     */
    public static SubmissionContent read(String stored) {
        JsonObject json = object(StoredJson.read(stored), "a stored submission");
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
                    text(row, "programme"), text(row, "title"), constant(row, "focusArea", FocusArea::valueOf),
                    constant(row, "stageAtAdoption", Stage::valueOf), constant(row, "currentStage", Stage::valueOf),
                    whole(row, "singleYearGrantThousandYen"), constant(row, "adoptedOn", LocalDate::parse))).toList());
            case MEMBER_SURVEY -> new MemberSurveyContent(constant(json, "previousSnapshot", LocalDate::parse),
                    constant(json, "currentSnapshot", LocalDate::parse), objects(json, "rows").stream()
                    .map(row -> new SurveyRow(text(row, "company"), bool(row, "domesticCapital"),
                            bool(row, "venture"), bool(row, "otherIndustryEntrant"),
                            enums(row.get("licencesHeld"), "licencesHeld", DeviceLicence.class),
                            bySnapshot(row, "activitiesBySnapshot", OverseasActivity.class),
                            bySnapshot(row, "basesBySnapshot", OverseasBase.class))).toList());
            case MINISTRY_PROGRESS_REPORT -> new MinistryProgressContent(objects(json, "goals").stream().map(goal -> {
                Map<ProgressFigure, BigDecimal> figures = new EnumMap<>(ProgressFigure.class);
                members(goal, "figures").forEach((name, value) ->
                        figures.put(constant(name, "figures", ProgressFigure::valueOf), asDecimal(value, name)));
                return new GoalProgress(integer(goal, "goal"), text(goal, "narrative"), figures);
            }).toList());
        };
    }

    private static HubReportContent readHubReport(JsonObject json) {
        Map<Stage, JointResearchInput> research = new EnumMap<>(Stage.class);
        members(json, "jointResearch").forEach((stage, row) -> {
            JsonObject values = object(row, "joint research");
            research.put(constant(stage, "jointResearch", Stage::valueOf), new JointResearchInput(
                    integer(values, "cases"), whole(values, "averageAmountThousandYen")));
        });
        List<TrainingCourseInput> courses = new ArrayList<>();
        for (JsonObject course : objects(json, "courses")) {
            Set<TrainingCategory> categories = EnumSet.noneOf(TrainingCategory.class);
            items(course, "categories").forEach(number -> categories.add(category(asInteger(number, "categories"),
                    "categories")));
            Map<TrainingCategory, Integer> byCategory = new EnumMap<>(TrainingCategory.class);
            members(course, "participantsByCategory").forEach((number, count) -> byCategory.put(
                    category(constant(number, "participantsByCategory", Integer::valueOf), "participantsByCategory"),
                    asInteger(count, "participantsByCategory")));
            ParticipantSurvey survey = null;
            JsonObject stored = objectOrNull(course, "survey");
            if (stored != null) {
                Map<SurveyQuestion, List<Integer>> answers = new EnumMap<>(SurveyQuestion.class);
                for (SurveyQuestion question : SurveyQuestion.values()) {
                    if (!blank(stored.get(question.name()))) {
                        List<Integer> counts = new ArrayList<>();
                        list(stored.get(question.name()), question.name())
                                .forEach(count -> counts.add(asInteger(count, question.name())));
                        answers.put(question, counts);
                    }
                }
                survey = new ParticipantSurvey(integer(stored, "respondents"), answers);
            }
            courses.add(new TrainingCourseInput(text(course, "name"), categories, integer(course, "participants"),
                    byCategory, survey));
        }
        return new HubReportContent(research, integer(json, "cooperationWithOtherHubs"),
                integer(json, "internationalTrialInfrastructure"),
                enums(json.get("platforms"), "platforms", Platform.class), courses);
    }

    // ---- warnings and justifications --------------------------------------------------------------------------

    static String writeWarnings(List<ValidationWarning> warnings) {
        JsonArrayBuilder json = array();
        for (ValidationWarning warning : warnings) {
            JsonObjectBuilder member = object();
            putOrNull(member, "key", warning.key());
            putOrNull(member, "field", warning.field());
            putOrNull(member, "messageJa", warning.messageJa());
            putOrNull(member, "messageEn", warning.messageEn());
            json.add(member);
        }
        return StoredJson.write(json.build());
    }

    static List<ValidationWarning> readWarnings(String stored) {
        List<ValidationWarning> warnings = new ArrayList<>();
        for (JsonValue item : list(StoredJson.read(stored), "stored warnings")) {
            JsonObject json = object(item, "warning");
            warnings.add(ValidationWarning.asSubmitted(text(json, "key"), text(json, "field"),
                    text(json, "messageJa"), text(json, "messageEn")));
        }
        return warnings;
    }

    static String writeJustifications(Map<String, String> justifications) {
        JsonObjectBuilder json = object();
        justifications.forEach((key, text) -> putOrNull(json, key, text));
        return StoredJson.write(json.build());
    }

    static Map<String, String> readJustifications(String stored) {
        Map<String, String> justifications = new LinkedHashMap<>();
        object(StoredJson.read(stored), "justifications")
                .forEach((key, text) -> justifications.put(key, asText(text, key)));
        return justifications;
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static JsonObjectBuilder bySnapshot(Map<LocalDate, ? extends Set<? extends Enum<?>>> bySnapshot) {
        JsonObjectBuilder json = object();
        new TreeMap<>(bySnapshot).forEach((snapshot, answers) -> json.add(snapshot.toString(), names(answers)));
        return json;
    }

    private static <E extends Enum<E>> Map<LocalDate, Set<E>> bySnapshot(JsonObject json, String name, Class<E> type) {
        Map<LocalDate, Set<E>> bySnapshot = new TreeMap<>();
        members(json, name).forEach((snapshot, answers) -> bySnapshot.put(constant(snapshot, name, LocalDate::parse),
                enums(answers, name, type)));
        return bySnapshot;
    }

    /** The constants' names in alphabetical order. */
    private static JsonArrayBuilder names(Set<? extends Enum<?>> values) {
        JsonArrayBuilder names = array();
        values.stream().map(Enum::name).sorted().forEach(names::add);
        return names;
    }

    private static <E extends Enum<E>> Set<E> enums(JsonValue stored, String name, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (!blank(stored)) {
            list(stored, name).forEach(item ->
                    values.add(constant(asText(item, name), name, value -> Enum.valueOf(type, value))));
        }
        return values;
    }

    private static TrainingCategory category(Integer number, String name) {
        if (number == null) {
            throw new IllegalArgumentException(name + " must name training categories by number, not null");
        }
        try {
            return TrainingCategory.of(number);
        } catch (IllegalArgumentException unknown) {
            throw new IllegalArgumentException(name + " cannot be " + number);
        }
    }
}

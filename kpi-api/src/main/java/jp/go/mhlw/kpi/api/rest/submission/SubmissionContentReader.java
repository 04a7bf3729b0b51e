package jp.go.mhlw.kpi.api.rest.submission;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;

/**
 * Reads a submission's content, a JSON object, into {@link SubmissionContentJson}: strictly, so that a misspelt
 * member does not silently become a blank field of a report. A member the layout does not have, a value of the wrong
 * JSON type or a layout of another {@code format} is refused with {@link MalformedContentException}. Names of
 * constants and dates stay texts here; {@link SubmissionContentMapper} checks them.
 */
public final class SubmissionContentReader {

    private static final String RESPONDENTS = "respondents";

    private SubmissionContentReader() {
    }

    public static Content read(JsonObject document) {
        JsonMembers content = new JsonMembers(document, "");
        Integer format = content.integer("format");
        if (format == null || format != SubmissionContentJson.FORMAT) {
            throw new MalformedContentException("Submission in format " + format + ", this version reads "
                    + SubmissionContentJson.FORMAT);
        }
        String kind = content.text("kind");
        if (kind == null) {
            throw new MalformedContentException("kind is required (" + List.of(SubmissionKind.values()) + ")");
        }
        return switch (kindOf(kind)) {
            case HUB_REPORT -> hubReport(content.allowing(HubReport.class), kind);
            case AMED_THEME_REPORT -> new AmedThemeReport(SubmissionContentJson.FORMAT, kind,
                    content.allowing(AmedThemeReport.class).objects("themes").stream()
                            .map(SubmissionContentReader::theme).toList());
            case MEMBER_SURVEY -> memberSurvey(content.allowing(MemberSurvey.class), kind);
            case MINISTRY_PROGRESS_REPORT -> new MinistryProgressReport(SubmissionContentJson.FORMAT, kind,
                    content.allowing(MinistryProgressReport.class).objects("goals").stream()
                            .map(SubmissionContentReader::goal).toList());
        };
    }

    private static SubmissionKind kindOf(String kind) {
        try {
            return SubmissionKind.valueOf(kind);
        } catch (IllegalArgumentException unknown) {
            throw new MalformedContentException("kind cannot be \"" + kind + "\"");
        }
    }

    private static HubReport hubReport(JsonMembers hub, String kind) {
        Map<String, JointResearch> research = new LinkedHashMap<>();
        JsonMembers byStage = hub.objectOrEmpty("jointResearch");
        for (String stage : byStage.names()) {
            JsonMembers row = byStage.object(stage);
            research.put(stage, row == null ? null : new JointResearch(
                    row.allowing(JointResearch.class).integer("cases"), row.whole("averageAmountThousandYen")));
        }
        return new HubReport(SubmissionContentJson.FORMAT, kind, research, hub.integer("cooperationWithOtherHubs"),
                hub.integer("internationalTrialInfrastructure"), hub.texts("platforms"),
                hub.objects("courses").stream().map(SubmissionContentReader::course).toList());
    }

    private static Course course(JsonMembers course) {
        course.allowing(Course.class);
        Map<String, Integer> byCategory = new LinkedHashMap<>();
        JsonMembers participantsByCategory = course.objectOrEmpty("participantsByCategory");
        for (String category : participantsByCategory.names()) {
            byCategory.put(category, participantsByCategory.integer(category));
        }
        JsonMembers survey = course.object("survey");
        return new Course(course.text("name"), course.integers("categories", false), course.integer("participants"),
                byCategory, survey == null ? null : survey(survey));
    }

    /** Beside {@code respondents}, every member is a question's counts per option. */
    private static CourseSurvey survey(JsonMembers survey) {
        Map<String, List<Integer>> answers = new LinkedHashMap<>();
        for (String question : survey.names()) {
            if (!question.equals(RESPONDENTS)) {
                answers.put(question, survey.has(question) ? survey.integers(question, true) : null);
            }
        }
        return new CourseSurvey(survey.integer(RESPONDENTS), answers);
    }

    private static Theme theme(JsonMembers theme) {
        theme.allowing(Theme.class);
        return new Theme(theme.text("programme"), theme.text("title"), theme.text("focusArea"),
                theme.text("stageAtAdoption"), theme.text("currentStage"), theme.whole("singleYearGrantThousandYen"),
                theme.text("adoptedOn"));
    }

    private static MemberSurvey memberSurvey(JsonMembers survey, String kind) {
        return new MemberSurvey(SubmissionContentJson.FORMAT, kind, survey.text("previousSnapshot"),
                survey.text("currentSnapshot"), survey.objects("rows").stream().map(row -> {
                    row.allowing(Company.class);
                    return new Company(row.text("company"), row.bool("domesticCapital"), row.bool("venture"),
                            row.bool("otherIndustryEntrant"), row.texts("licencesHeld"),
                            bySnapshot(row.objectOrEmpty("activitiesBySnapshot")),
                            bySnapshot(row.objectOrEmpty("basesBySnapshot")));
                }).toList());
    }

    private static Map<String, List<String>> bySnapshot(JsonMembers bySnapshot) {
        Map<String, List<String>> answers = new LinkedHashMap<>();
        for (String snapshot : bySnapshot.names()) {
            answers.put(snapshot, bySnapshot.texts(snapshot));
        }
        return answers;
    }

    private static Goal goal(JsonMembers goal) {
        goal.allowing(Goal.class);
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        JsonMembers byFigure = goal.objectOrEmpty("figures");
        for (String figure : byFigure.names()) {
            figures.put(figure, byFigure.number(figure));
        }
        return new Goal(goal.integer("goal"), goal.text("narrative"), figures);
    }
}

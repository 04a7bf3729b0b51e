package jp.go.mhlw.kpi.api.rest.submission;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.submission.DeviceLicence;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The content of a follow-up submission as the API receives it: one JSON object per template, told apart by
 * {@code kind} and numbered by {@code format} (so that a later layout can still be told from this one). A blank
 * value is a member left out or {@code null}; constants travel as their names, dates as ISO dates, and members
 * whose names are data (research stages, snapshot dates, survey questions, figures) as objects keyed by them.
 *
 * <p>This layout is the API's own contract: {@link SubmissionContentReader} reads it and
 * {@link SubmissionContentMapper} turns it into the domain's content; how versions are stored is another matter.
 */
public final class SubmissionContentJson {

    /** The number of this layout, which every document carries as {@code format}. */
    public static final int FORMAT = 1;

    private static final String FORMAT_DESCRIPTION = "The layout's number: 1";

    private SubmissionContentJson() {
    }

    /** One template's content; the records' components are the members of its JSON object, in order. */
    @Schema(name = "SubmissionContent", type = SchemaType.OBJECT, description = "The template's data, chosen by "
            + "kind: HubReportContent, AmedThemeReportContent, MemberSurveyContent or MinistryProgressReportContent",
            oneOf = {HubReport.class, AmedThemeReport.class, MemberSurvey.class, MinistryProgressReport.class})
    public sealed interface Content permits HubReport, AmedThemeReport, MemberSurvey, MinistryProgressReport {

        Integer format();

        String kind();
    }

    // ---- hub report -------------------------------------------------------------------------------------------

    @Schema(name = "HubReportContent", description = "A hub's yearly report; kind HUB_REPORT")
    public record HubReport(
            @Schema(required = true, description = FORMAT_DESCRIPTION) Integer format,
            @Schema(required = true, implementation = SubmissionKind.class) String kind,
            @Schema(description = "Joint research with companies by research stage: the Stage names "
                    + "but LAUNCHED") Map<String, JointResearch> jointResearch,
            @Schema(description = "Written cooperation agreements with other hubs")
            Integer cooperationWithOtherHubs,
            @Schema(description = "International trial infrastructure, written agreements")
            Integer internationalTrialInfrastructure,
            @Schema(type = SchemaType.ARRAY, implementation = Platform.class,
                    description = "The platforms the hub belongs to") List<String> platforms,
            List<Course> courses) implements Content {

        public HubReport {
            jointResearch = jointResearch == null ? Map.of() : jointResearch;
            platforms = platforms == null ? List.of() : platforms;
            courses = courses == null ? List.of() : courses;
        }
    }

    @Schema(name = "JointResearch", description = "Joint research at one stage")
    public record JointResearch(
            @Schema(description = "Cases") Integer cases,
            @Schema(description = "Average amount per case, thousand yen")
            Long averageAmountThousandYen) {
    }

    @Schema(name = "TrainingCourse", description = "A training course")
    public record Course(
            String name,
            List<Integer> categories,
            @Schema(description = "Participants") Integer participants,
            @Schema(description = "Participants by training category number (\"1\": 20, ...), if known")
            Map<String, Integer> participantsByCategory,
            @Schema(description = "Participant survey; left out for a course without one")
            CourseSurvey survey) {

        public Course {
            categories = categories == null ? List.of() : categories;
            participantsByCategory = participantsByCategory == null ? Map.of() : participantsByCategory;
        }
    }

    /** The survey's answers are members beside {@code respondents}, one per question, hence the hidden map. */
    @Schema(name = "ParticipantSurvey", additionalProperties = Integer[].class, description = "Participant survey: "
            + "respondents, and for each question (a SurveyQuestion name) the respondents per option in the "
            + "template's order, a blank count null")
    public record CourseSurvey(
            @Schema(description = "Respondents") Integer respondents,
            @Schema(hidden = true) Map<String, List<Integer>> answers) {

        public CourseSurvey {
            answers = answers == null ? Map.of() : answers;
        }
    }

    // ---- AMED theme report ------------------------------------------------------------------------------------

    @Schema(name = "AmedThemeReportContent", description = "AMED's theme records; kind AMED_THEME_REPORT")
    public record AmedThemeReport(
            @Schema(required = true, description = FORMAT_DESCRIPTION) Integer format,
            @Schema(required = true, implementation = SubmissionKind.class) String kind,
            List<Theme> themes) implements Content {

        public AmedThemeReport {
            themes = themes == null ? List.of() : themes;
        }
    }

    @Schema(name = "AmedTheme", description = "An AMED-funded theme")
    public record Theme(
            @Schema(description = "Programme") String programme,
            @Schema(description = "Title") String title,
            @Schema(implementation = FocusArea.class, description = "Focus area") String focusArea,
            @Schema(implementation = Stage.class, description = "Stage at adoption")
            String stageAtAdoption,
            @Schema(implementation = Stage.class, description = "Current stage") String currentStage,
            @Schema(description = "Single-year grant, thousand yen") Long singleYearGrantThousandYen,
            @Schema(format = "date", description = "Adoption date") String adoptedOn) {
    }

    // ---- member survey ----------------------------------------------------------------------------------------

    @Schema(name = "MemberSurveyContent", description = "The JFMDA member survey; kind MEMBER_SURVEY")
    public record MemberSurvey(
            @Schema(required = true, description = FORMAT_DESCRIPTION) Integer format,
            @Schema(required = true, implementation = SubmissionKind.class) String kind,
            @Schema(format = "date", description = "The previous snapshot date (January of last year)")
            String previousSnapshot,
            @Schema(format = "date", description = "The current snapshot date (January of this year)")
            String currentSnapshot,
            List<Company> rows) implements Content {

        public MemberSurvey {
            rows = rows == null ? List.of() : rows;
        }
    }

    @Schema(name = "MemberSurveyRow", description = "One company's answers")
    public record Company(
            String company,
            @Schema(description = "Domestic capital") Boolean domesticCapital,
            @Schema(description = "Venture") Boolean venture,
            @Schema(description = "Other-industry entrant") Boolean otherIndustryEntrant,
            @Schema(type = SchemaType.ARRAY, implementation = DeviceLicence.class,
                    description = "Marketing authorisations held") List<String> licencesHeld,
            @Schema(description = "Snapshot date → its international activities (OverseasActivity names); a "
                    + "date present means the company answered for it") Map<String, List<String>> activitiesBySnapshot,
            @Schema(description = "Snapshot date → its overseas bases (OverseasBase names)")
            Map<String, List<String>> basesBySnapshot) {

        public Company {
            licencesHeld = licencesHeld == null ? List.of() : licencesHeld;
            activitiesBySnapshot = activitiesBySnapshot == null ? Map.of() : activitiesBySnapshot;
            basesBySnapshot = basesBySnapshot == null ? Map.of() : basesBySnapshot;
        }
    }

    // ---- ministry progress report -----------------------------------------------------------------------------

    @Schema(name = "MinistryProgressReportContent", description = "A ministry division's progress report; kind MINISTRY_PROGRESS_REPORT")
    public record MinistryProgressReport(
            @Schema(required = true, description = FORMAT_DESCRIPTION) Integer format,
            @Schema(required = true, implementation = SubmissionKind.class) String kind,
            List<Goal> goals) implements Content {

        public MinistryProgressReport {
            goals = goals == null ? List.of() : goals;
        }
    }

    @Schema(name = "GoalProgress", description = "The progress on one goal")
    public record Goal(
            @Schema(required = true, description = "The goal's number") Integer goal,
            @Schema(description = "Narrative") String narrative,
            @Schema(description = "The goal's typed figures by ProgressFigure name (e.g. a lag in years)")
            Map<String, BigDecimal> figures) {

        public Goal {
            figures = figures == null ? Map.of() : figures;
        }
    }
}

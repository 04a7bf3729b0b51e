package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.HubReport;
import jp.go.mhlw.kpi.domain.computation.JointResearchEntry;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCourse;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * A hub's yearly report (slide 35): joint research with companies at the four research stages, cooperation with
 * other hubs and international trial infrastructure (both: written agreements only), the platforms ①②③ it belongs
 * to, and its training courses.
 */
public record HubReportContent(Map<Stage, JointResearchInput> jointResearch, Integer cooperationWithOtherHubs,
                               Integer internationalTrialInfrastructure, Set<Platform> platforms,
                               List<TrainingCourseInput> courses) implements SubmissionContent {

    /** The four stages the template asks joint research for, in its order. */
    public static final List<Stage> RESEARCH_STAGES =
            List.of(Stage.BASIC, Stage.PRODUCT_DEVELOPMENT, Stage.NON_CLINICAL, Stage.CLINICAL);

    public HubReportContent {
        Map<Stage, JointResearchInput> rows = new EnumMap<>(Stage.class);
        for (Stage stage : RESEARCH_STAGES) {
            JointResearchInput given = jointResearch == null ? null : jointResearch.get(stage);
            rows.put(stage, given == null ? JointResearchInput.blank() : given);
        }
        if (jointResearch != null && jointResearch.containsKey(Stage.LAUNCHED)) {
            throw new IllegalArgumentException("joint research is reported for the four research stages, not "
                    + Stage.LAUNCHED.label(Texts.JAPANESE));
        }
        jointResearch = Map.copyOf(rows);
        platforms = platforms == null || platforms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(platforms));
        courses = courses == null ? List.of() : List.copyOf(courses);
    }

    public static HubReportContent empty() {
        return new HubReportContent(Map.of(), null, null, Set.of(), List.of());
    }

    @Override
    public SubmissionKind kind() {
        return SubmissionKind.HUB_REPORT;
    }

    public JointResearchInput jointResearchAt(Stage stage) {
        return jointResearch.get(stage);
    }

    /** The report as the hub statistics take it; only for a report that passed validation. */
    public HubReport toHubReport(String hubName) {
        Map<Stage, JointResearchEntry> entries = new EnumMap<>(Stage.class);
        for (Stage stage : RESEARCH_STAGES) {
            JointResearchInput row = jointResearch.get(stage);
            int cases = row.cases();
            entries.put(stage, new JointResearchEntry(cases, cases == 0 ? 0 : row.averageAmountThousandYen()));
        }
        return new HubReport(hubName, entries, cooperationWithOtherHubs, internationalTrialInfrastructure, platforms);
    }

    /** The courses as the training statistics take them; only for a report that passed validation. */
    public List<TrainingCourse> toTrainingCourses() {
        List<TrainingCourse> converted = new ArrayList<>();
        courses.forEach(course -> converted.add(course.toTrainingCourse()));
        return List.copyOf(converted);
    }
}

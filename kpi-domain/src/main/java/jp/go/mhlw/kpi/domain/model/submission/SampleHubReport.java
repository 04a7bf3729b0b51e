package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;

/**
 * A plausible hub report that passes the template's rules, for the demo's living year and the load data: joint
 * research falling by two cases a stage from {@code cases} at the basic stage (the amount growing with the cases),
 * {@code courses} training courses (categories 1 to {@code courses}, 35, 50, ... participants), two cooperations
 * with other hubs, one international trial infrastructure and the regulatory-science platform.
 */
public final class SampleHubReport {

    private SampleHubReport() {
    }

    public static HubReportContent of(int cases, int courses) {
        Map<Stage, JointResearchInput> joint = new EnumMap<>(Stage.class);
        int stage = 0;
        for (Stage researchStage : HubReportContent.RESEARCH_STAGES) {
            int count = Math.max(0, cases - 2 * stage++);
            joint.put(researchStage, new JointResearchInput(count, count == 0 ? null : 1_200L + 300L * count));
        }
        List<TrainingCourseInput> trainings = new ArrayList<>();
        for (int i = 1; i <= courses; i++) {
            trainings.add(new TrainingCourseInput("医療機器開発人材育成講座 第" + i + "期",
                    Set.of(TrainingCategory.of(i)), 20 + 15 * i, Map.of(), null));
        }
        return new HubReportContent(joint, 2, 1, Set.of(Platform.REGULATORY_SCIENCE), trainings);
    }
}

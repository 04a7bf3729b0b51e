package jp.go.mhlw.kpi.domain.computation;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/** The figures of one hub's yearly report (slide 35 template) that the KPIs use. */
public record HubReport(String hubName, Map<Stage, JointResearchEntry> jointResearchByStage,
                        int cooperationWithOtherHubs, int internationalTrialInfrastructure, Set<Platform> platforms) {

    public HubReport {
        if (hubName == null || hubName.isBlank()) {
            throw new IllegalArgumentException("a hub report needs the hub's name");
        }
        if (jointResearchByStage == null) {
            jointResearchByStage = Map.of();
        }
        for (Map.Entry<Stage, JointResearchEntry> entry : jointResearchByStage.entrySet()) {
            if (entry.getKey() == null || !entry.getKey().isResearchStage()) {
                throw new IllegalArgumentException(hubName + ": joint research is reported for the research stages"
                        + " (BASIC, PRODUCT_DEVELOPMENT, NON_CLINICAL, CLINICAL), not for " + entry.getKey());
            }
            if (entry.getValue() == null) {
                throw new IllegalArgumentException(hubName + ": joint research at " + entry.getKey() + " has no entry");
            }
        }
        if (cooperationWithOtherHubs < 0) {
            throw new IllegalArgumentException(hubName + ": cooperation with other hubs cannot be negative, was "
                    + cooperationWithOtherHubs);
        }
        if (internationalTrialInfrastructure < 0) {
            throw new IllegalArgumentException(hubName + ": international trial infrastructure cannot be negative, was "
                    + internationalTrialInfrastructure);
        }
        jointResearchByStage = jointResearchByStage.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(jointResearchByStage));
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
    }

    public JointResearchEntry jointResearchAt(Stage stage) {
        return jointResearchByStage.getOrDefault(stage, new JointResearchEntry(0, 0));
    }
}

package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HubStatisticsTest {

    /** 20 hubs: 7 in the AI platform, 6 in regulatory science; 16 report cooperation, 70 cases in all. */
    private static List<HubReport> r5Hubs() {
        List<HubReport> hubs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Set<Platform> platforms = new HashSet<>();
            if (i < 7) {
                platforms.add(Platform.AI_DATA_USE);
            }
            if (i >= 5 && i < 11) {
                platforms.add(Platform.REGULATORY_SCIENCE);
            }
            int cooperation = i < 6 ? 5 : i < 16 ? 4 : 0;   // 6 × 5 + 10 × 4 = 70
            hubs.add(new HubReport("hub " + i, Map.of(), cooperation, 0, platforms));
        }
        return hubs;
    }

    @Test
    void platformMembershipAsShareOfHubs() {
        assertThat(HubStatistics.platformMembership("R5", r5Hubs(), Platform.AI_DATA_USE).display()).isEqualTo("35.0%");
        assertThat(HubStatistics.platformMembership("R5", r5Hubs(), Platform.REGULATORY_SCIENCE).display()).isEqualTo("30.0%");
        assertThat(HubStatistics.platformMembership("R5", r5Hubs(), Platform.PARTS_MATERIALS_AND_MANUFACTURING).display())
                .isEqualTo("0.0%");
    }

    @Test
    void cooperationPerHubThatReportedAny() {
        assertThat(HubStatistics.cooperationCases("R5", r5Hubs()).display()).isEqualTo("70");
        KpiFigure perHub = HubStatistics.cooperationPerReportingHub("R5", r5Hubs()).orElseThrow();
        assertThat(perHub.denominator()).isEqualByComparingTo("16");
        assertThat(perHub.display()).isEqualTo("4.4");
        assertThat(HubStatistics.internationalTrialInfrastructure("R5", r5Hubs()).display()).isEqualTo("0");
    }

    @Test
    void noCooperationAverageWhenNoHubCooperated() {
        List<HubReport> hubs = List.of(new HubReport("h", Map.of(), 0, 0, Set.of()));
        assertThat(HubStatistics.cooperationPerReportingHub("R5", hubs)).isEmpty();
    }

    @Test
    void jointResearchByStageWeightsEachHubsAverageByItsCases() {
        List<HubReport> hubs = List.of(
                new HubReport("広島大学", Map.of(
                        Stage.BASIC, new JointResearchEntry(4, 1_000),
                        Stage.CLINICAL, new JointResearchEntry(1, 9_000)), 0, 0, Set.of()),
                new HubReport("東北大学", Map.of(
                        Stage.BASIC, new JointResearchEntry(1, 6_000)), 0, 0, Set.of()));

        Map<Stage, JointResearchFigures> byStage = HubStatistics.jointResearchByStage("R5", hubs);

        assertThat(byStage).containsOnlyKeys(Stage.BASIC, Stage.PRODUCT_DEVELOPMENT, Stage.NON_CLINICAL, Stage.CLINICAL);
        JointResearchFigures basic = byStage.get(Stage.BASIC);
        assertThat(basic.cases().display()).isEqualTo("5");
        // (4 × 1,000 + 1 × 6,000) / 5 = 2,000, not the mean of the two averages (3,500)
        assertThat(basic.averageAmountPerCase().orElseThrow().display()).isEqualTo("2,000千円");
        assertThat(byStage.get(Stage.CLINICAL).averageAmountPerCase().orElseThrow().display()).isEqualTo("9,000千円");
        assertThat(byStage.get(Stage.NON_CLINICAL).averageAmountPerCase()).isEmpty();
    }

    @Test
    void jointResearchCountsByStageAddUpOverHubs() {
        // R5 as read from the chart: 44, 18, 84, 41
        List<HubReport> hubs = List.of(
                new HubReport("A", Map.of(Stage.BASIC, new JointResearchEntry(30, 2_000),
                        Stage.PRODUCT_DEVELOPMENT, new JointResearchEntry(10, 3_000),
                        Stage.NON_CLINICAL, new JointResearchEntry(50, 4_000),
                        Stage.CLINICAL, new JointResearchEntry(21, 5_000)), 0, 0, Set.of()),
                new HubReport("B", Map.of(Stage.BASIC, new JointResearchEntry(14, 1_000),
                        Stage.PRODUCT_DEVELOPMENT, new JointResearchEntry(8, 1_000),
                        Stage.NON_CLINICAL, new JointResearchEntry(34, 1_000),
                        Stage.CLINICAL, new JointResearchEntry(20, 1_000)), 0, 0, Set.of()));

        Map<Stage, JointResearchFigures> byStage = HubStatistics.jointResearchByStage("R5", hubs);

        assertThat(byStage.get(Stage.BASIC).cases().value()).isEqualByComparingTo("44");
        assertThat(byStage.get(Stage.PRODUCT_DEVELOPMENT).cases().value()).isEqualByComparingTo("18");
        assertThat(byStage.get(Stage.NON_CLINICAL).cases().value()).isEqualByComparingTo("84");
        assertThat(byStage.get(Stage.CLINICAL).cases().value()).isEqualByComparingTo("41");
    }

    @Test
    void hubReportValidation() {
        assertThatThrownBy(() -> new HubReport("h", Map.of(Stage.LAUNCHED, new JointResearchEntry(1, 1)), 0, 0, Set.of()))
                .hasMessageContaining("not for LAUNCHED");
        assertThatThrownBy(() -> new HubReport("h", Map.of(), -1, 0, Set.of()))
                .hasMessageContaining("cooperation with other hubs cannot be negative");
        assertThatThrownBy(() -> new HubReport(" ", Map.of(), 0, 0, Set.of()))
                .hasMessageContaining("hub's name");
        assertThatThrownBy(() -> new JointResearchEntry(-2, 0)).hasMessageContaining("cannot be negative, was -2");
        assertThatThrownBy(() -> new JointResearchEntry(0, 500)).hasMessageContaining("for 0 cases");
    }
}

package jp.go.mhlw.kpi.domain.computation;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Hub KPIs (goal 3 and the focus-area platforms): joint research by stage, platforms, cooperation between hubs. */
public final class HubStatistics {

    private HubStatistics() {
    }

    /** Cases per stage, and the average amount per case weighted by each hub's cases (Σ cases × average ÷ Σ cases). */
    public static Map<Stage, JointResearchFigures> jointResearchByStage(String cycle, Collection<HubReport> reports) {
        Map<Stage, JointResearchFigures> byStage = new EnumMap<>(Stage.class);
        for (Stage stage : Stage.values()) {
            if (!stage.isResearchStage()) {
                continue;
            }
            long cases = 0;
            long amount = 0;
            for (HubReport report : reports) {
                JointResearchEntry entry = report.jointResearchAt(stage);
                cases += entry.cases();
                amount += entry.totalAmountThousandYen();
            }
            String label = "joint research, " + stage.displayLabel() + ", " + cycle;
            KpiFigure caseCount = KpiFigure.count(label + ", cases", "Σ cases over " + reports.size() + " hub reports", cases);
            Optional<KpiFigure> average = cases == 0 ? Optional.empty() : Optional.of(KpiFigure.quotient(
                    label + ", average amount per case",
                    "Σ (cases × average per case) / Σ cases = " + amount + " / " + cases,
                    FigureUnit.THOUSAND_YEN, Decimals.of(amount), Decimals.of(cases)));
            byStage.put(stage, new JointResearchFigures(stage, caseCount, average));
        }
        return byStage;
    }

    /** Hubs belonging to a platform, as a share of the hubs that reported (R5: 7 / 20 = 35.0%). */
    public static KpiFigure platformMembership(String cycle, Collection<HubReport> reports, Platform platform) {
        long members = reports.stream().filter(r -> r.platforms().contains(platform)).count();
        return Shares.share("platform " + platform + " membership " + cycle, "hubs in " + platform, members,
                "reporting hubs", reports.size());
    }

    public static KpiFigure cooperationCases(String cycle, Collection<HubReport> reports) {
        long total = reports.stream().mapToLong(HubReport::cooperationWithOtherHubs).sum();
        return KpiFigure.count("cooperation with other hubs " + cycle, "Σ over " + reports.size() + " hub reports", total);
    }

    /**
     * Cooperation cases per hub that reported at least one (R5: 70 / 16 = 4.4; R4: 52 / 10 = 5.2). The printed
     * averages only fit that denominator, not all hubs (70 / 20 = 3.5). Empty when no hub reported any.
     */
    public static Optional<KpiFigure> cooperationPerReportingHub(String cycle, Collection<HubReport> reports) {
        long total = reports.stream().mapToLong(HubReport::cooperationWithOtherHubs).sum();
        long reportingHubs = reports.stream().filter(r -> r.cooperationWithOtherHubs() > 0).count();
        if (reportingHubs == 0) {
            return Optional.empty();
        }
        return Optional.of(KpiFigure.quotient("cooperation per reporting hub " + cycle,
                "cooperation cases / hubs reporting at least one = " + total + " / " + reportingHubs,
                FigureUnit.AVERAGE, Decimals.of(total), BigDecimal.valueOf(reportingHubs)));
    }

    public static KpiFigure internationalTrialInfrastructure(String cycle, Collection<HubReport> reports) {
        long total = reports.stream().mapToLong(HubReport::internationalTrialInfrastructure).sum();
        return KpiFigure.count("international joint-trial infrastructure " + cycle,
                "Σ over " + reports.size() + " hub reports", total);
    }
}

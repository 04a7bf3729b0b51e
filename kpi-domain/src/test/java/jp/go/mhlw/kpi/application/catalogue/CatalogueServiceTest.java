package jp.go.mhlw.kpi.application.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.lineage.KpiHistory;
import jp.go.mhlw.kpi.domain.model.lineage.KpiValue;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The service's queries over the real repositories and the migrated reference data (container security aside). */
class CatalogueServiceTest extends JpaTestSupport {

    private final CatalogueService service = new CatalogueService();

    @BeforeEach
    void wireRepositories() {
        service.plans = basicPlans();
        service.cycles = cycles();
        service.kpiValues = kpiValues();
        service.submissionSources = submissionSources();
    }

    @Test
    void listsPlansAndTheSecondPlansCatalogueAndCycles() {
        assertThat(service.plans()).extracting(BasicPlan::getCode).containsExactly("PLAN-1", "PLAN-2");
        assertThat(service.catalogue("PLAN-2")).hasValueSatisfying(c -> assertThat(c.goals()).hasSize(11));
        assertThat(service.catalogue("PLAN-X")).isEmpty();
        assertThat(service.cycles("PLAN-2")).extracting(FollowUpCycle::getNormalisationFactor).containsExactly("1/2", "1");
        assertThat(service.cycles("PLAN-1")).isEmpty();
        assertThat(service.allCycles()).as("every plan's, newest first").extracting(FollowUpCycle::getNormalisationFactor)
                .containsExactly("1", "1/2");
    }

    @Test
    void showsAKpisHistoryAcrossCycles() {
        FollowUpCycle r4 = service.cycles("PLAN-2").get(0);
        FollowUpCycle r5 = service.cycles("PLAN-2").get(1);
        var ventures = basicPlans().findKpi("PLAN-2", "G2-VENTURE-SHARE").orElseThrow();
        kpiValues().store(new KpiValue(r4, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R4", "ventures", 7, "domestic-capital respondents", 93), List.of()));
        kpiValues().store(new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 17, "domestic-capital respondents", 128), List.of()));
        flushAndClear();

        KpiHistory history = service.kpiHistory("PLAN-2", "G2-VENTURE-SHARE").orElseThrow();

        assertThat(history.series(KpiBreakdown.TOTAL, FigureUnit.PERCENT)).extracting(KpiValue::getDisplayValue)
                .containsExactly("7.5%", "13.3%");
        assertThat(service.kpiHistory("PLAN-2", "G2-UNKNOWN")).isEmpty();
        assertThat(service.kpiHistory("PLAN-2", "G1-TRAINING-PARTICIPANTS").orElseThrow().values()).isEmpty();
    }

    @Test
    void isForThePeopleWhoRunAndReviewTheFollowUp() {
        assertThat(CatalogueService.class.getAnnotation(RolesAllowed.class).value()).containsExactlyInAnyOrder(
                Role.Names.SECRETARIAT, Role.Names.MINISTRY_OFFICER, Role.Names.COMMITTEE_MEMBER, Role.Names.ADMIN);
    }
}

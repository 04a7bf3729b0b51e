package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.ImplementingBody;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class BasicPlanRepositoryTest extends JpaTestSupport {

    @Test
    void listsThePlansOldestFirst() {
        List<BasicPlan> plans = basicPlans().findAll();

        assertThat(plans).extracting(BasicPlan::getCode).containsExactly("PLAN-1", "PLAN-2");
        BasicPlan second = plans.get(1);
        assertThat(second.getNameJa()).isEqualTo("第2期医療機器基本計画");
        assertThat(second.getCabinetDecisionDate()).isEqualTo(LocalDate.of(2022, 5, 31));
        assertThat(second.validTo()).isEmpty();
        assertThat(second.isInForceOn(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(plans.get(0).isInForceOn(LocalDate.of(2024, 1, 1))).isFalse();
    }

    @Test
    void secondPlanCatalogueHasElevenGoalsUnderThreeVisions() {
        PlanCatalogue catalogue = basicPlans().findCatalogue("PLAN-2").orElseThrow();

        assertThat(catalogue.visions()).extracting(node -> node.vision().getCode()).containsExactly("A", "B", "C");
        assertThat(catalogue.visions()).extracting(node -> node.goals().size()).containsExactly(7, 3, 1);
        assertThat(catalogue.goals()).extracting(Goal::getCircledNumber)
                .containsExactly("①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨", "⑩", "⑪");
        assertThat(catalogue.goal(2).orElseThrow().goal().getNameJa())
                .isEqualTo("死の谷を克服するベンチャー企業や異業種からの参入企業の増加");
        assertThat(catalogue.kpis()).hasSize(40);
        assertThat(catalogue.goal(6).orElseThrow().kpis()).extracting(Kpi::getCode).startsWith(
                "G6-ADOPTED-THEMES", "G6-AVERAGE-GRANT", "G6-STAGE-UP-RATIO", "G6-LAUNCH-RATIO");
    }

    @Test
    void kpisCarryWhoReportsThemAndHowTheyAreBrokenDown() {
        PlanCatalogue catalogue = basicPlans().findCatalogue("PLAN-2").orElseThrow();

        Kpi participants = catalogue.kpi("G1-TRAINING-PARTICIPANTS").orElseThrow();
        assertThat(participants.getKind()).isEqualTo(KpiKind.COUNT);
        assertThat(participants.getImplementingBody().kind()).contains(OrganisationKind.HUB);
        assertThat(participants.breakdown()).contains(KpiBreakdown.TRAINING_CATEGORY);
        assertThat(participants.acceptsBreakdown("INDUSTRY")).isTrue();
        assertThat(participants.acceptsBreakdown("FA3")).isFalse();
        assertThat(participants.isNormalisedByPeriod()).isTrue();

        Kpi stageUps = catalogue.kpi("G6-STAGE-UP-RATIO").orElseThrow();
        assertThat(stageUps.getImplementingBody().organisation()).hasValueSatisfying(
                amed -> assertThat(amed.getCode()).isEqualTo("AMED"));
        assertThat(stageUps.acceptsBreakdown("FA3")).isTrue();
        assertThat(stageUps.acceptsBreakdown("NON_CLINICAL")).isTrue();
        assertThat(stageUps.acceptsBreakdown("LAUNCHED")).as("no theme is adopted at 上市").isFalse();
        assertThat(stageUps.unit(Locale.JAPANESE)).contains("%");

        Kpi deviceLag = catalogue.kpi("G8-DEVICE-LAG").orElseThrow();
        assertThat(deviceLag.getKind()).isEqualTo(KpiKind.YEARS);
        assertThat(deviceLag.getImplementingBody().describe(Locale.JAPANESE)).isEqualTo("厚生労働省 医薬局 医療機器審査管理課");

        Kpi nonClinical = catalogue.kpi("G4-NON-CLINICAL-EVALUATION").orElseThrow();
        assertThat(nonClinical.getKind()).isEqualTo(KpiKind.NARRATIVE);
        assertThat(nonClinical.unit(Locale.ENGLISH)).isEmpty();
    }

    @Test
    void findsAKpiWithItsDefinitionInBothLanguages() {
        Kpi entrants = basicPlans().findKpi("PLAN-2", "G2-OTHER-INDUSTRY-SHARE").orElseThrow();

        assertThat(entrants.definition(Locale.JAPANESE)).contains("過去5年以内から医療機器の研究開発を開始した企業");
        assertThat(entrants.definition(Locale.ENGLISH)).contains("excluded, from the denominator too");
        assertThat(entrants.name(Locale.ENGLISH)).isEqualTo("Share of other-industry entrants among JFMDA member companies");
        assertThat(basicPlans().findKpi("PLAN-1", "G2-OTHER-INDUSTRY-SHARE")).isEmpty();
    }

    @Test
    void firstPlanHasNoCatalogueAndAnUnknownPlanNone() {
        assertThat(basicPlans().findCatalogue("PLAN-1")).hasValueSatisfying(c -> assertThat(c.visions()).isEmpty());
        assertThat(basicPlans().findCatalogue("PLAN-9")).isEmpty();
    }

    @Test
    void aLaterPlanIsDataOnly() {
        BasicPlan second = basicPlans().findByCode("PLAN-2").orElseThrow();
        second.endValidityOn(LocalDate.of(2027, 5, 30));
        BasicPlan third = new BasicPlan("PLAN-3", "第3期医療機器基本計画", "3rd Basic Plan on Medical Devices",
                LocalDate.of(2027, 5, 31), LocalDate.of(2027, 5, 31));
        Vision vision = new Vision(third, "A", "ビジョンA", "Vision A");
        Goal goal = new Goal(vision, 1, "ゴール1", "Goal 1");
        Kpi kpi = Kpi.define(goal, "G1-AI-TRAINING-PARTICIPANTS", KpiKind.COUNT)
                .named("AI人材研修の受入実績数", "AI training participants")
                .definedAs("AI人材研修の受入実績数。", "Participants of AI training courses.")
                .measuredIn("名", "participants")
                .reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.HUB))
                .normalisedByPeriod()
                .listedAt(1)
                .build();
        List.of(third, vision, goal, kpi).forEach(entityManager::persist);
        flushAndClear();

        assertThat(third.getId()).as("generated ids stay clear of the reference rows").isGreaterThanOrEqualTo(1000L);
        assertThat(basicPlans().findAll()).extracting(BasicPlan::getCode).containsExactly("PLAN-1", "PLAN-2", "PLAN-3");
        assertThat(basicPlans().findByCode("PLAN-2").orElseThrow().validTo()).contains(LocalDate.of(2027, 5, 30));
        PlanCatalogue catalogue = basicPlans().findCatalogue("PLAN-3").orElseThrow();
        assertThat(catalogue.kpis()).extracting(Kpi::getCode).containsExactly("G1-AI-TRAINING-PARTICIPANTS");
        assertThat(basicPlans().findCatalogue("PLAN-2").orElseThrow().kpis()).hasSize(40);
    }
}

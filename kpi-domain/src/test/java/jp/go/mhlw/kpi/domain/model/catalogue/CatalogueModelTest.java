package jp.go.mhlw.kpi.domain.model.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.beans.IntrospectionException;
import java.beans.Introspector;
import java.beans.PropertyDescriptor;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import org.junit.jupiter.api.Test;

class CatalogueModelTest {

    private final BasicPlan plan = CatalogueFixture.secondPlan();
    private final Vision visionA = CatalogueFixture.visionA(plan);

    @Test
    void goalsAreShownWithCircledNumbers() {
        assertThat(CatalogueFixture.goal(visionA, 1).getCircledNumber()).isEqualTo("①");
        assertThat(CatalogueFixture.goal(visionA, 11).getCircledNumber()).isEqualTo("⑪");
        assertThat(CatalogueFixture.goal(visionA, 20).getCircledNumber()).isEqualTo("⑳");
        assertThatThrownBy(() -> CatalogueFixture.goal(visionA, 21))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("goal number must be 1..20 (shown ①..⑳), was 21");
        assertThat(CatalogueFixture.goal(visionA, 3).getPlan()).as("a goal belongs to its vision's plan").isSameAs(plan);
    }

    @Test
    void planValidityIsOpenUntilTheNextPlan() {
        assertThat(plan.isInForceOn(LocalDate.of(2022, 5, 30))).isFalse();
        assertThat(plan.isInForceOn(LocalDate.of(2022, 5, 31))).isTrue();
        assertThat(plan.isInForceOn(LocalDate.of(2030, 1, 1))).isTrue();
        plan.endValidityOn(LocalDate.of(2027, 5, 30));
        assertThat(plan.isInForceOn(LocalDate.of(2027, 5, 31))).isFalse();
        assertThatThrownBy(() -> plan.endValidityOn(LocalDate.of(2020, 1, 1)))
                .hasMessage("plan PLAN-2 cannot end (2020-01-01) before it starts (2022-05-31)");
    }

    @Test
    void aKpiDefinitionMustBeComplete() {
        Goal goal = CatalogueFixture.goal(visionA, 1);
        ImplementingBody hubs = ImplementingBody.everyOrganisationOf(OrganisationKind.HUB);

        assertThatThrownBy(() -> Kpi.define(goal, "G1-X", KpiKind.COUNT).named("x", "x").definedAs("x", "x")
                .reportedBy(hubs).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("KPI G1-X (COUNT) needs a unit (measuredIn)");
        assertThatThrownBy(() -> Kpi.define(goal, "G1-X", KpiKind.COUNT).named("x", "x").definedAs("x", "x")
                .measuredIn("件", "cases").build())
                .hasMessage("KPI G1-X needs an implementing body (reportedBy)");
        assertThatThrownBy(() -> Kpi.define(goal, "G1-X", KpiKind.COUNT).measuredIn("件", "cases").reportedBy(hubs).build())
                .hasMessage("KPI G1-X needs its names and definitions (named, definedAs)");
        assertThatThrownBy(() -> Kpi.define(goal, "G1-X", KpiKind.NARRATIVE).measuredIn("件", "cases"))
                .hasMessage("KPI G1-X is a narrative follow-up item and has no unit");
        assertThatThrownBy(() -> Kpi.define(goal, " ", KpiKind.COUNT))
                .hasMessage("KPI code is required");
    }

    @Test
    void aKpiIsTypedInUnlessItNamesAComputationThatFitsItsKindAndBreakdown() {
        Goal goal = CatalogueFixture.goal(visionA, 3);
        ImplementingBody hubs = ImplementingBody.everyOrganisationOf(OrganisationKind.HUB);
        Kpi.Definition cases = Kpi.define(goal, "G3-X", KpiKind.COUNT).named("x", "x").definedAs("x", "x")
                .measuredIn("件", "cases").reportedBy(hubs);

        assertThat(cases.build().computation()).isEqualTo(KpiComputation.typedIn());
        assertThat(cases.computedBy(KpiComputation.of(Computation.HUB_SUM, "of", "COOPERATION")).build().computation())
                .hasToString("hub-sum {of=COOPERATION}");
        assertThatThrownBy(() -> cases.computedBy(KpiComputation.of(Computation.JOINT_RESEARCH_SUM)).build())
                .hasMessage("KPI G3-X (COUNT, null) cannot be computed by joint-research-sum");
        assertThatThrownBy(() -> KpiComputation.of(Computation.HUB_SUM, "of", "PLATFORMS"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hub-sum needs its parameter of to be one of [COOPERATION,");
        assertThatThrownBy(() -> KpiComputation.stored("weighted-sum", "{}"))
                .hasMessage("The application knows no computation weighted-sum");
        assertThat(KpiComputation.stored("theme-count", "{\"themes\":\"MATURE\"}"))
                .isEqualTo(KpiComputation.of(Computation.THEME_COUNT, "themes", "MATURE"));
    }

    @Test
    void aKpiSpeaksTheUsersLanguage() {
        Kpi participants = CatalogueFixture.trainingParticipants(CatalogueFixture.goal(visionA, 1));

        assertThat(participants.name(Locale.JAPANESE)).isEqualTo("人材育成研修の受入実績数");
        assertThat(participants.name(Locale.ENGLISH)).isEqualTo("Training participants");
        assertThat(participants.unit(Locale.JAPAN)).contains("名");
        assertThat(participants.unit(Locale.US)).contains("participants");
        assertThat(participants.getPlan()).isSameAs(plan);
    }

    @Test
    void implementingBodyIsAKindOrOneOrganisation() {
        Organisation kyoto = new Organisation("HUB-KYOTO", OrganisationKind.HUB, "京都大学", "Kyoto University");
        Organisation amed = new Organisation("AMED", OrganisationKind.AMED, "日本医療研究開発機構", "AMED");

        ImplementingBody everyHub = ImplementingBody.everyOrganisationOf(OrganisationKind.HUB);
        ImplementingBody amedOnly = ImplementingBody.organisation(amed);

        assertThat(everyHub.includes(kyoto)).isTrue();
        assertThat(everyHub.includes(amed)).isFalse();
        assertThat(amedOnly.includes(amed)).isTrue();
        assertThat(amedOnly.includes(kyoto)).isFalse();
        assertThat(amedOnly.describe(Locale.JAPANESE)).isEqualTo("日本医療研究開発機構");
        assertThatThrownBy(() -> new ImplementingBody(Optional.of(OrganisationKind.HUB), Optional.of(amed)))
                .hasMessageEndingWith("not both");
        assertThatThrownBy(() -> new ImplementingBody(Optional.empty(), Optional.empty()))
                .hasMessageEndingWith("not neither");
    }

    @Test
    void breakdownKeysAreTheComputationsEnumNames() {
        assertThat(KpiBreakdown.TRAINING_CATEGORY.keys()).containsExactly(
                "HEALTHCARE_PROFESSIONALS", "INDUSTRY", "ACADEMIA", "COORDINATORS", "AI", "OTHER");
        assertThat(KpiBreakdown.RESEARCH_STAGE.keys()).containsExactly(
                "BASIC", "PRODUCT_DEVELOPMENT", "NON_CLINICAL", "CLINICAL");
        assertThat(KpiBreakdown.FOCUS_AREA_OR_STAGE_AT_ADOPTION.keys()).hasSize(10).contains("FA5", "NONE_OR_MULTIPLE");
        assertThat(KpiBreakdown.PLATFORM.accepts(KpiBreakdown.TOTAL)).isTrue();
        assertThat(KpiBreakdown.PLATFORM.accepts("FA1")).isFalse();
    }

    @Test
    void catalogueTreeIsOrderedAsTheCommitteePresentsIt() {
        Vision visionB = new Vision(plan, "B", "ビジョンB", "Vision B");
        Goal goal2 = CatalogueFixture.goal(visionA, 2);
        Goal goal1 = CatalogueFixture.goal(visionA, 1);
        Goal goal8 = CatalogueFixture.goal(visionB, 8);
        Kpi ventures = CatalogueFixture.ventureShare(goal2);
        Kpi participants = CatalogueFixture.trainingParticipants(goal1);

        PlanCatalogue catalogue = PlanCatalogue.assemble(plan, List.of(visionB, visionA), List.of(goal8, goal2, goal1),
                List.of(ventures, participants));

        assertThat(catalogue.goals()).extracting(Goal::getNumber).containsExactly(1, 2, 8);
        assertThat(catalogue.kpis()).extracting(Kpi::getCode).containsExactly("G1-TRAINING-PARTICIPANTS", "G2-VENTURE-SHARE");
        assertThat(catalogue.goal(8).orElseThrow().kpis()).isEmpty();
        assertThat(catalogue.kpi("G2-VENTURE-SHARE")).containsSame(ventures);
    }

    @Test
    void catalogueTreeIsReadableFromFacesExpressions() throws IntrospectionException {
        // Jakarta EL 5 resolves bean properties only, not record accessors
        assertThat(beanProperties(PlanCatalogue.class)).contains("plan", "visions");
        assertThat(beanProperties(PlanCatalogue.VisionNode.class)).contains("vision", "goals");
        assertThat(beanProperties(PlanCatalogue.GoalNode.class)).contains("goal", "kpis");
        assertThat(beanProperties(Kpi.class)).contains("code", "kind", "implementingBody", "goal");
    }

    static List<String> beanProperties(Class<?> type) throws IntrospectionException {
        return Arrays.stream(Introspector.getBeanInfo(type).getPropertyDescriptors()).map(PropertyDescriptor::getName).toList();
    }

    @Test
    void catalogueRefusesRowsOfAnotherPlan() {
        BasicPlan first = CatalogueFixture.firstPlan();
        Vision foreign = new Vision(first, "A", "ビジョン", "Vision");

        assertThatThrownBy(() -> PlanCatalogue.assemble(plan, List.of(foreign), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("PLAN-1 vision A belongs to PLAN-1, not to PLAN-2");
    }
}

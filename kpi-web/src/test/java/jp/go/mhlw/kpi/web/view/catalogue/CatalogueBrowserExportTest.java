package jp.go.mhlw.kpi.web.view.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.catalogue.ImplementingBody;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.catalogue.PlanCatalogue;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.web.view.export.Table;
import org.junit.jupiter.api.Test;

/** The catalogue as a download: the plan the page shows, one row per KPI under its vision and goal. */
class CatalogueBrowserExportTest {

    private static PlanCatalogue planCatalogue(String planCode, String kpiCode) {
        BasicPlan plan = new BasicPlan(planCode, "第2期医療機器基本計画", "2nd Basic Plan", LocalDate.of(2022, 5, 31),
                LocalDate.of(2022, 5, 31));
        Vision vision = new Vision(plan, "A", "研究開発の中心地", "A centre of R&D");
        Goal goal = new Goal(vision, 1, "人材育成", "Human resources");
        Kpi hubs = Kpi.define(goal, kpiCode, KpiKind.COUNT).named("研修の受入実績数", "Training participants")
                .definedAs("受入実績数。", "Participants.").measuredIn("名", "participants")
                .reportedBy(ImplementingBody.everyOrganisationOf(OrganisationKind.HUB)).listedAt(1).build();
        Kpi survey = Kpi.define(goal, "G1-SHARE", KpiKind.SHARE).named("割合", "Share").definedAs("割合。", "Share.")
                .measuredIn("%", "%").reportedBy(ImplementingBody.organisation(new Organisation("JFMDA-SURVEY",
                        OrganisationKind.SURVEY_BODY, "医機連会員団体調査", "JFMDA member survey")))
                .listedAt(2).build();
        return PlanCatalogue.assemble(plan, List.of(vision), List.of(goal), List.of(hubs, survey));
    }

    private static CatalogueBrowser browsing(String planCode) {
        CatalogueBrowser browser = new CatalogueBrowser();
        browser.catalogueService = new CatalogueService() {
            @Override
            public List<BasicPlan> plans() {
                return List.of(planCatalogue("PLAN-1", "OLD").plan(), planCatalogue("PLAN-2", "NEW").plan());
            }

            @Override
            public Optional<PlanCatalogue> catalogue(String code) {
                return Optional.of(planCatalogue(code, code.equals("PLAN-1") ? "OLD" : "NEW"));
            }
        };
        browser.setPlanCode(planCode);
        browser.load();
        return browser;
    }

    private static Table table(CatalogueBrowser browser, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.go.mhlw.kpi.web.messages", locale);
        return browser.table(bundle::getString, locale);
    }

    @Test
    void theChosenPlansKpisUnderTheirVisionAndGoalInTheReadersLanguage() {
        Table english = table(browsing("PLAN-1"), Locale.ENGLISH);
        assertThat(english.name()).isEqualTo("kpi-catalogue-PLAN-1");
        assertThat(english.headings()).containsExactly("Vision", "Goal", "KPI code", "KPI / follow-up item",
                "Definition", "Kind", "Unit", "Reported by");
        assertThat(english.rows()).containsExactly(
                List.of("A: A centre of R&D", "① Human resources", "OLD", "Training participants", "Participants.",
                        "Count", "participants", "R&D hubs (each hub)"),
                List.of("A: A centre of R&D", "① Human resources", "G1-SHARE", "Share", "Share.", "Share", "%",
                        "JFMDA member survey"));
        assertThat(table(browsing("PLAN-1"), Locale.JAPANESE).rows().get(1))
                .startsWith("A: 研究開発の中心地", "① 人材育成", "G1-SHARE", "割合");
    }

    @Test
    void anotherPlanChosenExportsThatPlan() {
        assertThat(table(browsing("PLAN-2"), Locale.ENGLISH).rows()).extracting(cells -> cells.get(2))
                .containsExactly("NEW", "G1-SHARE");
    }
}

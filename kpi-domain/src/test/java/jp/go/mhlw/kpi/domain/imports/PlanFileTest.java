package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.kpitarget.TargetRuleKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class PlanFileTest {

    /** One vision, one goal, two KPIs: the smallest plan worth reading; the tests below spoil it one way or another. */
    private static final String SMALL = """
            {"code": "PLAN-9", "name": {"ja": "第9期計画", "en": "9th plan"}, "version": 2,
             "cabinetDecision": "2040-05-31", "period": {"from": "2040-06-01", "to": "2045-05-31"},
             "visions": [{"code": "A", "name": {"ja": "ビジョン", "en": "Vision"}, "goals": [
               {"number": 1, "name": {"ja": "ゴール", "en": "Goal"}, "kpis": [
                 {"code": "G1-COURSES", "kind": "COUNT", "name": {"ja": "コース数", "en": "Courses"},
                  "definition": {"ja": "定義", "en": "Definition"}, "unit": {"ja": "コース", "en": "courses"},
                  "reportedBy": {"kind": "HUB"}, "breakdown": "TRAINING_CATEGORY", "normalisedByPeriod": true,
                  "computation": {"name": "training-sum", "parameters": {"measure": "COURSES", "compare": "NONE"}}},
                 {"code": "G1-NARRATIVE", "kind": "NARRATIVE", "name": {"ja": "状況", "en": "State"},
                  "definition": {"ja": "定義", "en": "Definition"}, "reportedBy": {"organisation": "MHLW-KIKI"},
                  "computation": "typed-in"}]}]}]}
            """;

    @Test
    void aPlanFileGivesThePlanItsVisionsGoalsAndKpisInTheirOrder() {
        PlanFile.Reading reading = read(SMALL);

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).isEmpty();
        PlanDefinition plan = reading.plan().orElseThrow();
        assertThat(plan.code()).isEqualTo("PLAN-9");
        assertThat(plan.version()).isEqualTo(2);
        assertThat(plan.validTo()).hasValueSatisfying(to -> assertThat(to).hasToString("2045-05-31"));
        KpiDefinition courses = plan.kpis().findFirst().orElseThrow();
        assertThat(courses.computation()).isEqualTo(Computation.TRAINING_SUM);
        assertThat(courses.parameters()).containsEntry("measure", "COURSES").containsEntry("compare", "NONE");
        assertThat(courses.breakdown()).contains(KpiBreakdown.TRAINING_CATEGORY);
        assertThat(courses.normalisedByPeriod()).isTrue();
        assertThat(courses.reportedBy().kind()).contains(OrganisationKind.HUB);
        KpiDefinition narrative = plan.kpis().skip(1).findFirst().orElseThrow();
        assertThat(narrative.kind()).isEqualTo(KpiKind.NARRATIVE);
        assertThat(narrative.unit()).isEmpty();
        assertThat(narrative.reportedBy().organisationCode()).contains("MHLW-KIKI");
        assertThat(narrative.computation()).isEqualTo(Computation.TYPED_IN);
    }

    @Test
    void everyProblemIsReportedAtOnceAtItsPathAndNothingIsTaken() {
        String spoilt = SMALL
                .replace("\"version\": 2", "\"version\": \"two\"")
                .replace("\"en\": \"Courses\"", "\"en\": \"  \"")
                .replace("\"code\": \"G1-NARRATIVE\"", "\"code\": \"G1-COURSES\"")
                .replace("{\"kind\": \"HUB\"}", "{\"kind\": \"UNIVERSITY\"}")
                .replace("]}]}]}", "]}, {\"number\": 1, \"name\": {\"ja\": \"空\", \"en\": \"Empty\"}, \"kpis\": []}]}]}");

        PlanFile.Reading reading = read(spoilt);

        assertThat(reading.plan()).isEmpty();
        assertThat(reading.errors()).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                tuple("version", "planFile.notWholeNumber"),
                tuple("visions[0].goals[0].kpis[0].name.en", "planFile.required"),
                tuple("visions[0].goals[0].kpis[0].reportedBy.kind", "planFile.unknownBodyKind"),
                tuple("visions[0].goals[0].kpis[1].code", "planFile.duplicateKpi"),
                tuple("visions[0].goals[1].number", "planFile.duplicateGoal"),
                tuple("visions[0].goals[1].kpis", "planFile.noKpis"));
        Problem duplicate = problem(reading, "planFile.duplicateKpi");
        assertThat(duplicate.messageEn()).isEqualTo(
                "The KPI code \"G1-COURSES\" is given twice (first at visions[0].goals[0].kpis[0].code).");
        assertThat(problem(reading, "planFile.unknownBodyKind").messageJa()).startsWith("組織の種類「UNIVERSITY」はありません");
    }

    @Test
    void aPlanNamesThePlanItReplacesWhichCannotBeItself() {
        assertThat(read(SMALL).plan().orElseThrow().replaces()).isEmpty();
        assertThat(read(SMALL.replace("\"version\": 2", "\"version\": 2, \"replaces\": \"PLAN-2\"")).plan()
                .orElseThrow().replaces()).contains("PLAN-2");

        PlanFile.Reading itself = read(SMALL.replace("\"version\": 2", "\"version\": 2, \"replaces\": \"PLAN-9\""));
        assertThat(itself.plan()).isEmpty();
        assertThat(itself.errors()).extracting(Problem::field, Problem::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("replaces", "planFile.replacesItself"));
        assertThat(read(SMALL.replace("\"version\": 2", "\"version\": 2, \"replaces\": \"plan 2\"")).errors())
                .extracting(Problem::key).containsExactly("planFile.codePattern");
    }

    @Test
    void aComputationTheApplicationDoesNotKnowMakesTheKpiTypedInWithAWarning() {
        PlanFile.Reading reading = read(SMALL.replace(
                "{\"name\": \"training-sum\", \"parameters\": {\"measure\": \"COURSES\", \"compare\": \"NONE\"}}",
                "{\"name\": \"median-course-length\", \"parameters\": {\"unit\": \"DAYS\"}}"));

        assertThat(reading.errors()).isEmpty();
        assertThat(reading.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.field()).isEqualTo("visions[0].goals[0].kpis[0].computation");
            assertThat(warning.messageEn()).contains("\"median-course-length\"", "imported as typed-in");
        });
        KpiDefinition kpi = reading.plan().orElseThrow().kpis().findFirst().orElseThrow();
        assertThat(kpi.computation()).isEqualTo(Computation.TYPED_IN);
        assertThat(kpi.parameters()).isEmpty();
    }

    @Test
    void aKnownComputationTakesItsOwnParametersWithTheirValuesAndFitsTheKpi() {
        PlanFile.Reading reading = read(SMALL
                .replace("\"measure\": \"COURSES\", \"compare\": \"NONE\"", "\"measure\": \"HOURS\", \"per\": \"HUB\"")
                .replace("\"kind\": \"COUNT\"", "\"kind\": \"SHARE\""));

        assertThat(reading.plan()).isEmpty();
        String at = "visions[0].goals[0].kpis[0].computation";
        assertThat(reading.errors()).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                tuple(at + ".parameters.per", "planFile.unknownParameter"),
                tuple(at + ".parameters.measure", "planFile.unknownValue"),
                tuple(at + ".parameters", "planFile.missingParameter"),
                tuple(at, "planFile.computationKind"));
        assertThat(problem(reading, "planFile.unknownValue").messageEn())
                .isEqualTo("\"HOURS\" is not allowed (allowed: PARTICIPANTS, COURSES).");
    }

    @Test
    void aComputationBreaksItsFiguresDownAsTheKpiDoes() {
        PlanFile.Reading reading = read(SMALL.replace("\"breakdown\": \"TRAINING_CATEGORY\"",
                "\"breakdown\": \"RESEARCH_STAGE\""));

        assertThat(reading.errors()).extracting(Problem::key).containsExactly("planFile.computationBreakdown");
        assertThat(reading.errors().get(0).messageEn()).contains("training-sum", "TRAINING_CATEGORY");
    }

    @Test
    void aFigureHasAUnitAndANarrativeHasNone() {
        PlanFile.Reading reading = read(SMALL
                .replace(", \"unit\": {\"ja\": \"コース\", \"en\": \"courses\"}", "")
                .replace("\"reportedBy\": {\"organisation\": \"MHLW-KIKI\"}",
                        "\"unit\": {\"ja\": \"件\", \"en\": \"cases\"}, \"reportedBy\": {\"organisation\": \"MHLW-KIKI\"}"));

        assertThat(reading.errors()).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                tuple("visions[0].goals[0].kpis[0].unit", "planFile.unitRequired"),
                tuple("visions[0].goals[0].kpis[1].unit", "planFile.unitForNarrative"));
    }

    @Test
    void aKpiIsReportedByAKindOfBodyOrByOneOrganisation() {
        PlanFile.Reading reading = read(SMALL.replace("{\"kind\": \"HUB\"}",
                "{\"kind\": \"HUB\", \"organisation\": \"AMED\"}"));

        assertThat(reading.errors()).extracting(Problem::field, Problem::key)
                .containsExactly(tuple("visions[0].goals[0].kpis[0].reportedBy",
                        "planFile.reportedByOne"));
    }

    @Test
    void theVersionIsHigherThanTheStoredOne() {
        assertThat(PlanFile.read(SMALL, OptionalInt.of(1)).errors()).isEmpty();

        PlanFile.Reading same = PlanFile.read(SMALL, OptionalInt.of(2));

        assertThat(same.plan()).isEmpty();
        assertThat(same.errors()).singleElement().satisfies(error -> {
            assertThat(error.field()).isEqualTo("version");
            assertThat(error.messageEn()).isEqualTo("Version 2 must be higher than the stored version 2.");
        });
    }

    @Test
    void badNumbersAndDatesAreNamed() {
        PlanFile.Reading reading = read(SMALL
                .replace("\"number\": 1", "\"number\": 21")
                .replace("\"to\": \"2045-05-31\"", "\"to\": \"2039-12-31\"")
                .replace("\"cabinetDecision\": \"2040-05-31\"", "\"cabinetDecision\": \"31.05.2040\"")
                .replace("\"normalisedByPeriod\": true", "\"normalisedByPeriod\": \"yes\""));

        assertThat(reading.errors()).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                tuple("visions[0].goals[0].number", "planFile.outOfRange"),
                tuple("period.to", "planFile.periodReversed"),
                tuple("cabinetDecision", "planFile.notDate"),
                tuple("visions[0].goals[0].kpis[0].normalisedByPeriod", "planFile.notBoolean"));
        assertThat(problem(reading, "planFile.outOfRange").messageEn()).isEqualTo("21 must lie between 1 and 20.");
    }

    @Test
    void aMemberTheFormatDoesNotHaveIsRefusedSoThatATypoIsNotLost() {
        PlanFile.Reading reading = read(SMALL.replace("\"normalisedByPeriod\"", "\"normalizedByPeriod\""));

        assertThat(reading.errors()).extracting(Problem::field)
                .containsExactly("visions[0].goals[0].kpis[0].normalizedByPeriod");
    }

    @Test
    void aFileThatIsNotOneJsonValueIsRefusedAsAWhole() {
        assertThat(read("{\"code\": \"A\", \"code\": \"B\"}").errors()).extracting(Problem::field, Problem::key)
                .containsExactly(tuple("", "planFile.malformed"));
        assertThat(read(SMALL + " {}").errors()).extracting(Problem::key).containsExactly("planFile.malformed");
        assertThat(read("").errors()).extracting(Problem::key).containsExactly("planFile.malformed");
        assertThat(read("[]").errors()).extracting(Problem::key).containsExactly("planFile.notObject");
        String deep = "[".repeat(PlanFile.MAX_DEPTH + 1) + "]".repeat(PlanFile.MAX_DEPTH + 1);
        assertThat(read(deep).errors()).extracting(Problem::key).containsExactly("planFile.malformed");
    }

    @Test
    void aTargetIsARuleOverOneFigureOfItsKpi() {
        String target = ", \"targets\": [{\"breakdown\": \"AI\", \"unit\": \"COUNT\", "
                + "\"rule\": \"AT_LEAST_MULTIPLE_OF_PREVIOUS\", \"factor\": 1.2, \"from\": 2041, "
                + "\"wording\": {\"ja\": \"前年度の1.2倍\", \"en\": \"1.2 times last year\"}}]}";
        PlanFile.Reading good = read(SMALL.replaceFirst("\"compare\": \"NONE\"}}", "\"compare\": \"NONE\"}}" + target
                .substring(0, target.length() - 1)));

        assertThat(good.errors()).isEmpty();
        assertThat(good.plan().orElseThrow().kpis().findFirst().orElseThrow().targets()).singleElement()
                .satisfies(t -> {
                    assertThat(t.breakdown()).isEqualTo("AI");
                    assertThat(t.unit()).isEqualTo(FigureUnit.COUNT);
                    assertThat(t.rule()).isEqualTo(TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS);
                    assertThat(t.parameter()).contains(new BigDecimal("1.2"));
                    assertThat(t.toFiscalYear()).isEqualTo(Optional.empty());
                });

        String spoilt = target.replace("\"AI\"", "\"FA3\"").replace("\"AT_LEAST_MULTIPLE_OF_PREVIOUS\"",
                "\"UP_BY_AT_LEAST_POINTS\"").replace("\"factor\": 1.2", "\"points\": -1");
        PlanFile.Reading bad = read(SMALL.replaceFirst("\"compare\": \"NONE\"}}", "\"compare\": \"NONE\"}}" + spoilt
                .substring(0, spoilt.length() - 1)));

        String at = "visions[0].goals[0].kpis[0].targets[0]";
        assertThat(bad.errors()).extracting(Problem::field, Problem::key).containsExactlyInAnyOrder(
                tuple(at + ".breakdown", "planFile.targetBreakdown"),
                tuple(at + ".points", "planFile.notPositive"),
                tuple(at + ".unit", "planFile.targetPointsNotShare"));
    }

    @Test
    void everyProblemReadsInBothLanguages() {
        PlanFile.Reading reading = read(SMALL.replace("\"kpis\": [", "\"kpis\": [{\"code\": \"x\", \"kind\": \"BIG\", "
                + "\"name\": \"Name\", \"unit\": {}, \"computation\": 7, \"targets\": {}}, "));

        assertThat(reading.errors()).isNotEmpty().allSatisfy(problem -> {
            assertThat(problem.messageJa()).doesNotContain("planFile.").isNotBlank();
            assertThat(problem.messageEn()).doesNotContain("planFile.").isNotBlank();
        });
        assertThat(reading.errors()).extracting(Problem::key).contains("planFile.codePattern", "planFile.unknownValue",
                "planFile.notObject", "planFile.notComputation", "planFile.notList", "planFile.required");
    }

    @Test
    void aSmall3rdPlanRegroupsAndRenamesKpisAndAddsATypedInOne() {
        PlanFile.Reading reading = read(PlanFiles.resource("/plans/plan-3-sample.json"));

        assertThat(reading.errors()).isEmpty();
        // its new KPI needs a computation the application does not know: read as typed-in, with a warning
        assertThat(reading.warnings()).extracting(Problem::field, Problem::key).containsExactly(
                tuple("visions[1].goals[0].kpis[1].computation", "planFile.unknownComputation"));
        PlanDefinition plan = reading.plan().orElseThrow();
        assertThat(plan.visions()).extracting(PlanDefinition.VisionDefinition::code).containsExactly("I", "II");
        // goal 2 brings together what the 2nd plan followed under goals 2, 3 and 6, under new codes and names
        assertThat(plan.visions().get(0).goals().get(1).kpis())
                .extracting(KpiDefinition::code, KpiDefinition::computation).containsExactly(
                        tuple("P3-VENTURE-SHARE", Computation.SURVEY_SHARE),
                        tuple("P3-HUB-JOINT-RESEARCH", Computation.JOINT_RESEARCH_SUM),
                        tuple("P3-THEME-STAGE-UP", Computation.THEME_STAGE_UP_RATE));
        KpiDefinition added = plan.kpis().filter(k -> k.code().equals("P3-SAMD-APPROVALS")).findFirst().orElseThrow();
        assertThat(added.computation()).isEqualTo(Computation.TYPED_IN);
        assertThat(added.reportedBy().organisationCode()).contains("MHLW-KIKI");
        assertThat(plan.kpis().flatMap(k -> k.targets().stream()).map(t -> t.rule()).toList())
                .isEqualTo(List.of(TargetRuleKind.AT_LEAST_MULTIPLE_OF_PREVIOUS, TargetRuleKind.UP_BY_AT_LEAST_POINTS));
    }

    @Test
    void the3rdPlanReadAgainAtTheSameVersionIsRefused() {
        PlanFile.Reading reading = PlanFile.read(PlanFiles.resource("/plans/plan-3-sample.json"), OptionalInt.of(1));

        assertThat(reading.plan()).isEmpty();
        assertThat(reading.errors()).extracting(Problem::key).containsExactly("planFile.versionNotHigher");
    }

    private static PlanFile.Reading read(String text) {
        return PlanFile.read(text, OptionalInt.empty());
    }

    private static Problem problem(PlanFile.Reading reading, String key) {
        return reading.errors().stream().filter(p -> p.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + key + " in " + reading.errors()));
    }
}

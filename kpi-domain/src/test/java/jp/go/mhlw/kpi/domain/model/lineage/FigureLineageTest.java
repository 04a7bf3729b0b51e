package jp.go.mhlw.kpi.domain.model.lineage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.Shares;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.CatalogueFixture;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.catalogue.Vision;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** A figure's drill-down: its submissions as people know them, its normalisation and its formula in words. */
class FigureLineageTest {

    private static final OffsetDateTime NOW = OffsetDateTime.parse("2024-02-01T10:00:00+09:00");
    private static final SubmissionReference HIROSHIMA_V2 = SubmissionReference.of(SubmissionKind.HUB_REPORT, 1004);
    private static final SubmissionReference HOKKAIDO_V1 = SubmissionReference.of(SubmissionKind.HUB_REPORT, 1001);
    private static final SubmissionReference SURVEY_V1 = SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, 1010);

    private final BasicPlan plan = CatalogueFixture.secondPlan();
    private final Vision visionA = CatalogueFixture.visionA(plan);
    private final Kpi participants = CatalogueFixture.trainingParticipants(CatalogueFixture.goal(visionA, 1));
    private final Kpi ventures = CatalogueFixture.ventureShare(CatalogueFixture.goal(visionA, 2));
    private final FollowUpCycle r4 = new FollowUpCycle(plan, JapaneseFiscalYear.of(2022),
            LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
    private final FollowUpCycle r5 = FollowUpCycle.forFiscalYear(plan, JapaneseFiscalYear.of(2023));

    /** The submissions as stored: request 12 is Hiroshima's (its version 2), request 7 Hokkaido's. */
    private final Map<SubmissionReference, SubmissionSource> stored = List.of(
                    new SubmissionSource(HIROSHIMA_V2, 12, 2, "HUB-HIROSHIMA", "広島大学", "Hiroshima University"),
                    new SubmissionSource(HOKKAIDO_V1, 7, 1, "HUB-HOKKAIDO", "北海道大学", "Hokkaido University"))
            .stream().collect(Collectors.toMap(SubmissionSource::reference, Function.identity()));

    @Test
    void namesTheSubmissionsByRequestAndVersionInRequestOrderAndKeepsWhatIsNotStored() {
        KpiValue value = new KpiValue(r5, participants, "HEALTHCARE_PROFESSIONALS",
                KpiFigure.count("participants R5", "Σ over R5 courses", 770),
                List.of(HIROSHIMA_V2, SURVEY_V1, HOKKAIDO_V1), NOW);

        FigureLineage lineage = FigureLineage.of(value, stored);

        assertThat(lineage.submissions()).extracting(SubmissionSource::requestId, SubmissionSource::versionNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(7L, 1), org.assertj.core.groups.Tuple.tuple(12L, 2));
        assertThat(lineage.submissions().get(1).describe(Texts.JAPANESE)).isEqualTo("依頼 12 第2版（広島大学）");
        assertThat(lineage.submissions().get(1).describe(Texts.ENGLISH))
                .isEqualTo("Request 12, version 2 (Hiroshima University)");
        // a version the submissions do not hold is still listed, by its kind and id
        assertThat(lineage.unresolved()).containsExactly(SURVEY_V1);
        assertThat(lineage.submissionCountInWords(Texts.ENGLISH)).isEqualTo("3 submissions");
        assertThat(lineage.submissionCountInWords(Texts.JAPANESE)).isEqualTo("3 件の提出");
    }

    @Test
    void aPageOfSubmissionsSaysHowManyTheValueHasInAllAndKeepsTheValuesNormalisationAndFormula() {
        KpiValue value = new KpiValue(r4, participants, "HEALTHCARE_PROFESSIONALS",
                r4.normalisation().normalise("participants R4", new BigDecimal("1188"), FigureUnit.COUNT),
                List.of(HIROSHIMA_V2, SURVEY_V1, HOKKAIDO_V1), NOW);
        SubmissionSource hokkaido = stored.get(HOKKAIDO_V1);

        FigureLineage page = FigureLineage.page(value, List.of(hokkaido), List.of(), 1818);

        assertThat(page.submissions()).containsExactly(hokkaido);
        assertThat(page.unresolved()).isEmpty();
        assertThat(page.hasSubmissions()).isTrue();
        assertThat(page.submissionCountInWords(Texts.JAPANESE)).isEqualTo("1818 件の提出");
        assertThat(page.normalisation()).isEqualTo("R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(page.formula()).isEqualTo(value.getFormula());
        assertThat(page.numerator()).isEqualByComparingTo("1188");
        assertThat(page.isAdoptedAsPrinted()).isFalse();
        // a page past the last: no submission listed, the count still said
        FigureLineage past = FigureLineage.page(value, List.of(), List.of(), 3);
        assertThat(past.hasSubmissions()).isFalse();
        assertThat(past.submissionCountInWords(Texts.ENGLISH)).isEqualTo("3 submissions");
    }

    @Test
    void saysAShareAsItsPartOverItsWholeWithTheNumbersInBothLanguages() {
        KpiValue share = new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 17, "domestic-capital respondents", 128),
                List.of(SURVEY_V1), NOW);

        FigureLineage lineage = FigureLineage.of(share, Map.of());

        assertThat(lineage.formulaInWords(Texts.JAPANESE)).isEqualTo("17 を 128 で割り、100 を掛けた割合（%）");
        assertThat(lineage.formulaInWords(Texts.ENGLISH)).isEqualTo("17 divided by 128, times 100 (per cent)");
        assertThat(lineage.normalisationInWords(Texts.ENGLISH))
                .isEqualTo("None (the reporting period is one fiscal year)");
        assertThat(lineage.formula()).isEqualTo(share.getFormula());
    }

    @Test
    void saysTheHalvingOfATwoYearPeriodAndTheCountItWasAppliedTo() {
        KpiFigure halved = r4.normalisation().normalise("training participants, category 1, R4",
                new BigDecimal("1188"), FigureUnit.COUNT);
        KpiValue value = new KpiValue(r4, participants, "HEALTHCARE_PROFESSIONALS", halved, List.of(HOKKAIDO_V1), NOW);

        FigureLineage lineage = FigureLineage.of(value, stored);

        assertThat(lineage.formulaInWords(Texts.JAPANESE))
                .isEqualTo("提出された件数の合計 1188 を 2 で割り、1年度あたりにした件数");
        assertThat(lineage.formulaInWords(Texts.ENGLISH))
                .isEqualTo("The sum of the counts submitted, 1188, divided by 2 to a yearly basis");
        assertThat(lineage.normalisationInWords(Texts.ENGLISH)).isEqualTo("The reporting period is not one fiscal"
                + " year, so counts and amounts are brought to a yearly basis: R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThat(lineage.normalisationInWords(Texts.JAPANESE)).contains("R4 (2021-04-01〜2023-03-06) ×1/2");
    }

    @Test
    void aYearlyCountIsTheSumOfTheCountsSubmitted() {
        KpiValue value = new KpiValue(r5, participants, "INDUSTRY", KpiFigure.count("participants R5", "Σ", 653),
                List.of(), NOW);

        FigureLineage lineage = FigureLineage.of(value, stored);

        assertThat(lineage.formulaInWords(Texts.ENGLISH)).isEqualTo("The sum of the counts submitted (653)");
        // adopted as printed: no submission behind it
        assertThat(lineage.hasSubmissions()).isFalse();
        assertThat(lineage.submissionCountInWords(Texts.ENGLISH)).isEqualTo("None (entered as published)");
    }

    @Test
    void aFigureAdoptedFromThePrintIsNotSaidToBeComputed() {
        KpiValue adopted = new KpiValue(r5, ventures, KpiBreakdown.TOTAL, KpiFigure.quotient("R5 G2-VENTURE-SHARE as published",
                "as published: 13.3% (R5 report)", FigureUnit.PERCENT, new BigDecimal("13.3"), new BigDecimal("100")),
                List.of(), NOW);

        FigureLineage lineage = FigureLineage.of(adopted, Map.of());

        assertThat(lineage.isAdoptedAsPrinted()).isTrue();
        assertThat(lineage.formulaInWords(Texts.ENGLISH))
                .isEqualTo("The figure as the committee printed it, adopted as history (not computed here)");
        assertThat(FigureLineage.published(FigureUnit.PERCENT, 0, null, adopted.getFormula()).formulaInWords(Texts.JAPANESE))
                .isEqualTo("公表資料の数値をそのまま推移として登録したもの（ここでは計算していません）");
        // computed from submissions, the same words would not apply
        assertThat(FigureLineage.published(FigureUnit.PERCENT, 3, null, "17 / 128 × 100").isAdoptedAsPrinted()).isFalse();
    }

    @Test
    void thePublicLineageSaysTheFormulaInGeneralTermsAndOnlyHowManySubmissions() {
        FigureLineage halved = FigureLineage.published(FigureUnit.COUNT, 20, "R4 (2021-04-01〜2023-03-06) ×1/2",
                "1188 × 1/2 (R4 (2021-04-01〜2023-03-06) ×1/2)");
        FigureLineage ratio = FigureLineage.published(FigureUnit.TIMES, null, null, "770 / 594");

        assertThat(halved.submissions()).isEmpty();
        assertThat(halved.submissionCountInWords(Texts.ENGLISH)).isEqualTo("20 submissions");
        assertThat(halved.formulaInWords(Texts.ENGLISH))
                .isEqualTo("The sum of the counts submitted, brought to a yearly basis by the period factor");
        assertThat(ratio.formulaInWords(Texts.JAPANESE)).isEqualTo("今年度の値を前年度の値で割った倍率");
        assertThat(ratio.formulaInWords(Texts.ENGLISH)).isEqualTo("This year's value divided by last year's");
        // published before the count was recorded
        assertThat(ratio.submissionCountInWords(Texts.ENGLISH)).isEqualTo("Not recorded with this version");
    }

    @Test
    void everyUnitHasItsWordsInBothLanguages() {
        for (FigureUnit unit : FigureUnit.values()) {
            for (var locale : List.of(Texts.JAPANESE, Texts.ENGLISH)) {
                assertThat(FormulaWording.of(unit, BigDecimal.TEN, new BigDecimal("4"), locale)).contains("10").contains("4");
                assertThat(FormulaWording.of(unit, false, locale)).isNotBlank().doesNotContain("{");
            }
        }
        assertThat(FormulaWording.of(FigureUnit.THOUSAND_YEN, new BigDecimal("89918"), BigDecimal.ONE, Texts.ENGLISH))
                .isEqualTo("The sum of the amounts submitted (89918 thousand yen)");
    }

    @Test
    void aPagesFiguresHaveTheirSubmissionsResolvedInOneRead() {
        List<Collection<SubmissionReference>> reads = new ArrayList<>();
        SubmissionSources sources = new SubmissionSources() {
            @Override
            public Map<SubmissionReference, SubmissionSource> resolve(Collection<SubmissionReference> references) {
                reads.add(List.copyOf(references));
                return stored;
            }

            @Override
            public List<SubmissionSource> sourcesOf(long kpiValueId, int first, int max) {
                throw new AssertionError("a page of the report reads its figures' submissions together");
            }

            @Override
            public List<SubmissionReference> unresolvedOf(long kpiValueId, int max) {
                throw new AssertionError("a page of the report reads its figures' submissions together");
            }
        };
        KpiValue participantsR5 = new KpiValue(r5, participants, "INDUSTRY", KpiFigure.count("p", "Σ", 653),
                List.of(HIROSHIMA_V2), NOW);
        KpiValue ventureShare = new KpiValue(r5, ventures, KpiBreakdown.TOTAL,
                Shares.share("venture share R5", "ventures", 17, "respondents", 128), List.of(HOKKAIDO_V1), NOW);

        FigureLineages lineages = FigureLineages.of(List.of(participantsR5, ventureShare), sources);

        assertThat(reads).hasSize(1);
        assertThat(reads.get(0)).containsExactlyInAnyOrder(HIROSHIMA_V2, HOKKAIDO_V1);
        assertThat(lineages.ofFigure("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENT).orElseThrow()
                .submissions()).extracting(SubmissionSource::organisationCode).containsExactly("HUB-HOKKAIDO");
        assertThat(lineages.ofFigure("G2-VENTURE-SHARE", KpiBreakdown.TOTAL, FigureUnit.PERCENTAGE_POINTS)).isEmpty();
        // nothing to resolve: no read at all
        FigureLineages.of(List.of(), sources);
        assertThat(reads).hasSize(1);
    }
}

package jp.go.mhlw.kpi.application.followup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.application.followup.CycleFigures.Computed;
import jp.go.mhlw.kpi.application.followup.CycleFigures.PreviousValues;
import jp.go.mhlw.kpi.application.followup.MinistryFigures.MinistryKpi;
import jp.go.mhlw.kpi.application.followup.MinistryFigures.Missing;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/**
 * The ministries' typed figures as KPI values, with the R5 figures of the committee's material (docs/domain.md §4):
 * device lag 2.0 years (2.0 + 0), 19 approvals (7 new, 12 partial change), 216 SaMD consultations, 7 IDATEN
 * confirmations (3 a cycle before), 10 reference countries.
 */
class MinistryFiguresTest {

    private static final String REVIEW_DIVISION = "MHLW-KIKI";
    private static final String INSURANCE_DIVISION = "MHLW-IRYO";

    /** The plan-2 catalogue's ministry KPIs and their bodies (V5__catalogue_plan2.sql). */
    private static final Map<String, MinistryKpi> CATALOGUE = Map.of(
            "G8-DEVICE-LAG", kpi("G8-DEVICE-LAG", KpiKind.YEARS, REVIEW_DIVISION),
            "G8-DEVELOPMENT-LAG", kpi("G8-DEVELOPMENT-LAG", KpiKind.YEARS, REVIEW_DIVISION),
            "G8-REVIEW-LAG", kpi("G8-REVIEW-LAG", KpiKind.YEARS, REVIEW_DIVISION),
            "G8-NEW-DEVICE-APPROVALS", kpi("G8-NEW-DEVICE-APPROVALS", KpiKind.COUNT, REVIEW_DIVISION),
            "G8-SAMD-CONSULTATIONS", kpi("G8-SAMD-CONSULTATIONS", KpiKind.COUNT, REVIEW_DIVISION),
            "G8-IDATEN-CONFIRMATIONS", kpi("G8-IDATEN-CONFIRMATIONS", KpiKind.COUNT, REVIEW_DIVISION),
            "G9-NOVEL-ITEM-LISTINGS", kpi("G9-NOVEL-ITEM-LISTINGS", KpiKind.COUNT, INSURANCE_DIVISION),
            "G10-REFERENCE-COUNTRIES", kpi("G10-REFERENCE-COUNTRIES", KpiKind.COUNT, REVIEW_DIVISION));

    private static final PreviousValues R4_IDATEN_3 = (code, breakdown, unit) ->
            code.equals("G8-IDATEN-CONFIRMATIONS") && unit == FigureUnit.COUNT
                    ? Optional.of(KpiFigure.count("IDATEN confirmations, R4", "as reported", 3))
                    : Optional.empty();

    private final MinistryFigures r5 = new MinistryFigures("R5", code -> Optional.ofNullable(CATALOGUE.get(code)),
            R4_IDATEN_3);

    @Test
    void theReviewDivisionsR5FiguresBecomeItsKpisWithTheirUnitAndTheRatioToR4() {
        MinistryFigures.Result result = r5.compute(List.of(reviewDivisionR5(501)));

        assertThat(display(result, "G8-DEVICE-LAG", FigureUnit.AVERAGE)).isEqualTo("2.0");
        assertThat(display(result, "G8-DEVELOPMENT-LAG", FigureUnit.AVERAGE)).isEqualTo("2.0");
        assertThat(display(result, "G8-REVIEW-LAG", FigureUnit.AVERAGE)).isEqualTo("0.0");
        assertThat(display(result, "G8-NEW-DEVICE-APPROVALS", FigureUnit.COUNT)).isEqualTo("19");
        assertThat(display(result, "G8-SAMD-CONSULTATIONS", FigureUnit.COUNT)).isEqualTo("216");
        assertThat(display(result, "G8-IDATEN-CONFIRMATIONS", FigureUnit.COUNT)).isEqualTo("7");
        assertThat(display(result, "G10-REFERENCE-COUNTRIES", FigureUnit.COUNT)).isEqualTo("10");
        // the previous cycle is compared as the other counts are: 7 ÷ 3, exact until printed
        Computed ratio = value(result, "G8-IDATEN-CONFIRMATIONS", FigureUnit.TIMES).orElseThrow();
        assertThat(ratio.figure().display()).isEqualTo("2.3倍");
        assertThat(ratio.figure().numerator()).isEqualByComparingTo("7");
        assertThat(ratio.figure().denominator()).isEqualByComparingTo("3");
        // without a previous value there is no ratio, and a lag has none at all
        assertThat(value(result, "G8-SAMD-CONSULTATIONS", FigureUnit.TIMES)).isEmpty();
        assertThat(result.computed()).filteredOn(c -> c.kpiCode().endsWith("-LAG"))
                .extracting(c -> c.figure().unit()).containsOnly(FigureUnit.AVERAGE);
        // the formula keeps the parts, the lineage names the approved version
        Computed approvals = value(result, "G8-NEW-DEVICE-APPROVALS", FigureUnit.COUNT).orElseThrow();
        assertThat(approvals.figure().formula()).startsWith("19 (").contains(" 7 + ").contains(" 12)")
                .contains("as reported by MHLW-KIKI (MINISTRY_PROGRESS_REPORT#501)");
        assertThat(approvals.inputs()).containsExactly(progressReport(501));
    }

    @Test
    void aDivisionWithoutAnApprovedReportLeavesItsKpiMissingWithTheReasonNeverZero() {
        MinistryFigures.Result result = r5.compute(List.of(reviewDivisionR5(501)));

        assertThat(result.computed()).extracting(Computed::kpiCode).doesNotContain("G9-NOVEL-ITEM-LISTINGS");
        assertThat(result.missing()).extracting(Missing::kpiCode).containsExactly("G9-NOVEL-ITEM-LISTINGS");
        assertThat(result.missing().get(0).reason().label(Texts.ENGLISH))
                .contains("progress report of MHLW-IRYO is not approved");
        assertThat(result.missing().get(0).reason().label(Texts.JAPANESE)).contains("MHLW-IRYO");
    }

    @Test
    void aBlankFigureIsMissingAndABlankTotalIsTheSumOfItsParts() {
        Approved<MinistryProgressContent> partsOnly = report(REVIEW_DIVISION, 502,
                new GoalProgress(8, "審査の迅速化を進めた。", Map.of(
                        ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("1.5"),
                        ProgressFigure.REVIEW_LAG, new BigDecimal("0.2"),
                        ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal("7"))));
        Approved<MinistryProgressContent> listings = report(INSURANCE_DIVISION, 503,
                new GoalProgress(9, "C1・C2区分で収載した。", Map.of(ProgressFigure.HIGHLY_NOVEL_LISTINGS,
                        new BigDecimal("12"))));

        MinistryFigures.Result result = r5.compute(List.of(partsOnly, listings));

        Computed lag = value(result, "G8-DEVICE-LAG", FigureUnit.AVERAGE).orElseThrow();
        assertThat(lag.figure().value()).isEqualByComparingTo("1.7");
        assertThat(lag.figure().formula()).contains("1.5 + ").contains("0.2, the total left blank");
        assertThat(display(result, "G9-NOVEL-ITEM-LISTINGS", FigureUnit.COUNT)).isEqualTo("12");
        // approvals: one part only is not a total; the other figures were not typed
        assertThat(result.missing()).extracting(Missing::kpiCode).containsExactlyInAnyOrder("G8-NEW-DEVICE-APPROVALS",
                "G8-SAMD-CONSULTATIONS", "G8-IDATEN-CONFIRMATIONS", "G10-REFERENCE-COUNTRIES");
        assertThat(result.missing()).allSatisfy(missing -> assertThat(missing.reason().label(Texts.ENGLISH))
                .contains("approved progress report of MHLW-KIKI leaves this figure blank"));
    }

    @Test
    void whenTwoDivisionsReportAFigureTheCatalogueDecidesAndTheOtherIsNamedAsNotUsed() {
        Approved<MinistryProgressContent> meti = report("METI-HEALTHCARE", 504,
                new GoalProgress(10, "国際標準化を支援した。", Map.of(ProgressFigure.REFERENCE_COUNTRIES,
                        new BigDecimal("11"))));

        MinistryFigures.Result result = r5.compute(List.of(meti, reviewDivisionR5(501)));

        Computed countries = value(result, "G10-REFERENCE-COUNTRIES", FigureUnit.COUNT).orElseThrow();
        assertThat(countries.figure().value()).isEqualByComparingTo("10");
        assertThat(countries.inputs()).containsExactly(progressReport(501));
        assertThat(countries.figure().formula()).contains("not used, as the catalogue names another body: "
                + "METI-HEALTHCARE 11");
    }

    @Test
    void aKpiOfEveryDivisionTakesTheOneThatReportsItAndRefusesToChooseBetweenDifferentFigures() {
        MinistryFigures anyDivision = new MinistryFigures("R5", code -> code.equals("G10-REFERENCE-COUNTRIES")
                ? Optional.of(new MinistryKpi(code, KpiKind.COUNT, Optional.empty())) : Optional.empty(),
                PreviousValues.none());
        Approved<MinistryProgressContent> meti = report("METI-HEALTHCARE", 504,
                new GoalProgress(10, null, Map.of(ProgressFigure.REFERENCE_COUNTRIES, new BigDecimal("11"))));

        assertThat(display(anyDivision.compute(List.of(meti)), "G10-REFERENCE-COUNTRIES", FigureUnit.COUNT))
                .isEqualTo("11");
        MinistryFigures.Result both = anyDivision.compute(List.of(meti, reviewDivisionR5(501)));
        assertThat(both.computed()).isEmpty();
        assertThat(both.missing()).singleElement().satisfies(missing -> assertThat(missing.reason()
                .label(Texts.ENGLISH)).contains("METI-HEALTHCARE, MHLW-KIKI report different figures"));
    }

    // ---- R5 as the committee's material gives it

    private static Approved<MinistryProgressContent> reviewDivisionR5(long versionId) {
        return report(REVIEW_DIVISION, versionId,
                new GoalProgress(8, "デバイス・ラグは解消傾向にある。", Map.of(
                        ProgressFigure.DEVICE_LAG, new BigDecimal("2.0"),
                        ProgressFigure.DEVELOPMENT_LAG, new BigDecimal("2.0"),
                        ProgressFigure.REVIEW_LAG, new BigDecimal("0"),
                        ProgressFigure.NEW_DEVICE_APPROVALS, new BigDecimal("19"),
                        ProgressFigure.NEW_DEVICE_APPROVALS_NEW, new BigDecimal("7"),
                        ProgressFigure.NEW_DEVICE_APPROVALS_PARTIAL_CHANGE, new BigDecimal("12"),
                        ProgressFigure.SAMD_CONSULTATIONS, new BigDecimal("216"),
                        ProgressFigure.IDATEN_CONFIRMATIONS, new BigDecimal("7"))),
                new GoalProgress(10, "参照国制度の対象国が増えた。", Map.of(ProgressFigure.REFERENCE_COUNTRIES,
                        new BigDecimal("10"))));
    }

    private static Approved<MinistryProgressContent> report(String division, long versionId, GoalProgress... goals) {
        return new Approved<>(progressReport(versionId), division, new MinistryProgressContent(List.of(goals)));
    }

    private static SubmissionReference progressReport(long versionId) {
        return SubmissionReference.of(SubmissionKind.MINISTRY_PROGRESS_REPORT, versionId);
    }

    private static MinistryKpi kpi(String code, KpiKind kind, String division) {
        return new MinistryKpi(code, kind, Optional.of(division));
    }

    private static Optional<Computed> value(MinistryFigures.Result result, String kpiCode, FigureUnit unit) {
        return result.computed().stream()
                .filter(c -> c.kpiCode().equals(kpiCode) && c.figure().unit() == unit).findFirst();
    }

    private static String display(MinistryFigures.Result result, String kpiCode, FigureUnit unit) {
        return value(result, kpiCode, unit).orElseThrow(() -> new AssertionError("no " + kpiCode + " " + unit))
                .figure().display();
    }
}

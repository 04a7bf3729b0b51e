package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplyCoverageTest {

    private static SupplyReport report(Long stockOnHand, Long monthlyDemand) {
        return SupplyReport.builder().productName("デモカテーテルA").stockOnHand(stockOnHand).monthlyDemand(monthlyDemand).build();
    }

    private static StockRequest asked(String maker) {
        return StockRequest.sent(maker, day(10));
    }

    private static StockRequest answered(String maker, Long stock, Long capacity) {
        return asked(maker).answered(new StockAnswer(stock, capacity, stock == null && capacity == null ? "未定" : null),
                maker.toLowerCase(), day(12));
    }

    @Test
    void ownStockIsCountedInMonthsOfTheLatestReportsDemand() {
        SupplyCoverage coverage = SupplyCoverage.of(report(3_000L, 1_200L), List.of());

        assertThat(coverage.getOwnMonths()).isEqualByComparingTo("2.5");
        assertThat(coverage.getStockOnHand()).isEqualTo(3_000L);
        assertThat(coverage.getMonthlyDemand()).isEqualTo(1_200L);
    }

    @Test
    void onlyTheMakersThatAnsweredAreSummedAndTheOthersAreNamed() {
        SupplyCoverage coverage = SupplyCoverage.of(report(3_000L, 1_200L),
                List.of(answered("MAKER-B", 5_000L, 800L), asked("MAKER-C")));

        assertThat(coverage.getAnswers()).extracting(SupplyCoverage.MakerAnswer::makerOrganisationCode).containsExactly("MAKER-B");
        assertThat(coverage.getNotAnswered()).containsExactly("MAKER-C");
        assertThat(coverage.getAlternativeCapacity()).isEqualTo(800L);
        // 800 / 1,200 = two thirds of the demand
        assertThat(coverage.getCapacitySharePercent()).isEqualByComparingTo("66.66666666666667");
        assertThat(coverage.getAlternativeStock()).isEqualTo(5_000L);
        assertThat(coverage.getAlternativeStockMonths()).isEqualByComparingTo("4.166666666666667");
    }

    @Test
    void twoAnswersAreAddedUpAndAMakersNewerAnswerReplacesItsOlderOne() {
        SupplyCoverage coverage = SupplyCoverage.of(report(1_000L, 1_000L), List.of(answered("MAKER-B", 100L, 100L),
                answered("MAKER-C", 2_000L, 600L), answered("MAKER-B", 500L, 300L), asked("MAKER-C")));

        assertThat(coverage.getAnswers()).extracting(SupplyCoverage.MakerAnswer::stockOnHand).containsExactly(500L, 2_000L);
        assertThat(coverage.getNotAnswered()).as("MAKER-C's earlier answer still counts while a newer request is open")
                .isEmpty();
        assertThat(coverage.getCapacitySharePercent()).isEqualByComparingTo("90");
        assertThat(coverage.getAlternativeStockMonths()).isEqualByComparingTo("2.5");
    }

    @Test
    void aBlankFigureInAnAnswerIsLeftOutOfItsSumAndSaidToBe() {
        SupplyCoverage coverage = SupplyCoverage.of(report(1_000L, 400L),
                List.of(answered("MAKER-B", null, 100L), answered("MAKER-C", null, null)));

        assertThat(coverage.getAlternativeCapacity()).isEqualTo(100L);
        assertThat(coverage.getCapacitySharePercent()).isEqualByComparingTo("25");
        assertThat(coverage.getAlternativeStock()).as("nobody gave stock: unknown, not 0").isNull();
        assertThat(coverage.getAlternativeStockMonths()).isNull();
        assertThat(coverage.isAnswerIncomplete()).isTrue();
    }

    @Test
    void withoutDemandNothingIsCoveredByAnything() {
        SupplyCoverage coverage = SupplyCoverage.of(report(3_000L, null), List.of(answered("MAKER-B", 5_000L, 800L)));

        assertThat(coverage.getOwnMonths()).isNull();
        assertThat(coverage.getCapacitySharePercent()).isNull();
        assertThat(coverage.getAlternativeStockMonths()).isNull();
        assertThat(coverage.getAlternativeCapacity()).as("the answers' own figures stay known").isEqualTo(800L);
    }

    @Test
    void aDemandOfZeroDividesNothing() {
        SupplyCoverage coverage = SupplyCoverage.of(report(3_000L, 0L), List.of(answered("MAKER-B", 5_000L, 800L)));

        assertThat(coverage.getOwnMonths()).isNull();
        assertThat(coverage.getCapacitySharePercent()).isNull();
        assertThat(coverage.getAlternativeStockMonths()).isNull();
    }

    @Test
    void missingStockIsUnknownButNoStockAtAllIsZeroMonths() {
        assertThat(SupplyCoverage.of(report(null, 1_200L), List.of()).getOwnMonths()).isNull();
        assertThat(SupplyCoverage.of(report(0L, 1_200L), List.of()).getOwnMonths()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(SupplyCoverage.of((SupplyReport) null, List.of()).getOwnMonths()).as("nothing filed yet").isNull();
    }

    @Test
    void quotientsAreExactDecimalsNotBinaryFractions() {
        // 0.1 + 0.2 in binary arithmetic is 0.30000000000000004; here 3 / 10 is exactly 0.3
        assertThat(SupplyCoverage.of(report(3L, 10L), List.of()).getOwnMonths()).isEqualTo(new BigDecimal("0.3"));
        assertThat(SupplyCoverage.of(report(2L, 3L), List.of()).getOwnMonths()).isEqualTo(new BigDecimal("0.6666666666666667"));
        assertThat(SupplyCoverage.of(report(1L, 1_000_000_000_000L), List.of()).getOwnMonths())
                .isEqualTo(new BigDecimal("1E-12"));
    }

    @Test
    void theCaseGivesItsLatestReportAndItsRequests() {
        SupplyCase supplyCase = openedCase();
        supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
        supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(5));

        SupplyCoverage coverage = SupplyCoverage.of(supplyCase);

        assertThat(coverage.getOwnMonths()).as("3,000 units at 1,200 a month").isEqualByComparingTo("2.5");
    }

    @Test
    void theLeastCoveredComeFirstAndTheUnknownLast() {
        SupplyCoverage unknown = SupplyCoverage.of(report(3_000L, 0L), List.of());
        SupplyCoverage threeMonths = SupplyCoverage.of(report(3_000L, 1_000L), List.of());
        SupplyCoverage halfAMonth = SupplyCoverage.of(report(500L, 1_000L), List.of());
        SupplyCoverage halfAMonthWithHelp = SupplyCoverage.of(report(500L, 1_000L), List.of(answered("MAKER-B", 0L, 900L)));
        List<SupplyCoverage> list = new ArrayList<>(List.of(unknown, threeMonths, halfAMonthWithHelp, halfAMonth));

        list.sort(SupplyCoverage.LEAST_COVERED_FIRST);

        assertThat(list).containsExactly(halfAMonth, halfAMonthWithHelp, threeMonths, unknown);
    }
}

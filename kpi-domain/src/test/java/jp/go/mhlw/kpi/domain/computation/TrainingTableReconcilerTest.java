package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingTableReconcilerTest {

    @Test
    void categoryTwoPrintsThirtySevenButSixHundredFiftyThreeOverSeventeenIsThirtyEightPointFour() {
        List<Discrepancy> found = TrainingTableReconciler.reconcile("R5 training", R5PrintedTables.training());

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH);
            assertThat(d.english()).isEqualTo("企業人材研修 (category 2): 653 participants / 17 courses = 38.4, printed 37");
            assertThat(d.japanese()).isEqualTo("企業人材研修（区分2）：受入実績653人 ÷ 17講座 = 38.4人だが、表記は37人");
        });
    }

    @Test
    void comparesAtThePrintedPrecision() {
        // 29 / 2 = 14.5: "15" is right (HALF_UP), "14.5" is right, "14" is not
        assertThat(TrainingTableReconciler.reconcile("t", List.of(row("15"), row("14.5")))).isEmpty();
        assertThat(TrainingTableReconciler.reconcile("t", List.of(row("14")))).hasSize(1);
    }

    private static PrintedTrainingRow row(String perCourse) {
        return new PrintedTrainingRow(6, 29, 2, new BigDecimal(perCourse));
    }
}

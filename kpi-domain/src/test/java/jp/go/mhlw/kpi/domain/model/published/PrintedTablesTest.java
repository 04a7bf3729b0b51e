package jp.go.mhlw.kpi.domain.model.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.computation.Discrepancy;
import jp.go.mhlw.kpi.domain.computation.DiscrepancyKind;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Rebuilding the printed tables from stored figures when some figures are missing: checked where complete, never guessed. */
class PrintedTablesTest extends JpaTestSupport {

    private FollowUpCycle r4;
    private FollowUpCycle r5;

    @BeforeEach
    void loadCycles() {
        r4 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
    }

    @Test
    void anIncompleteGroupingIsLeftOutAndTheRestIsStillReconciled() {
        List<PublishedFigure> figures = new ArrayList<>(publishedFigures().findByCycle(r5));
        figures.removeIf(f -> f.getKpi().getCode().equals("G6-STAGE-UP-RATIO") && f.getBreakdown().equals("FA3"));

        PrintedTables tables = PrintedTables.assemble(r5, figures, PrintedTableLayout.PLAN_2);

        assertThat(tables.allThemes().orElseThrow().byFocusArea()).isEmpty();
        assertThat(tables.allThemes().orElseThrow().byStageAtAdoption()).hasSize(4);
        assertThat(tables.matureThemes().orElseThrow().byFocusArea()).hasSize(6);
        assertThat(tables.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.getTable()).isEqualTo("R5 all themes (186 themes)");
            assertThat(gap.getEnglish()).contains("focus-area rows are not reconciled", "重点分野3 (G6-STAGE-UP-RATIO)");
            assertThat(gap.getJapanese()).isEqualTo(
                    "R5 all themes (186 themes)：重点分野別の行は不足があるため照合していません：重点分野3（G6-STAGE-UP-RATIO）");
        });
        // the stage rows still show the 64/65 slip, the wrong overall ratio and the averages; FA3's 55.5% goes unseen
        assertThat(tables.discrepancies()).extracting(Discrepancy::kind).containsExactly(
                DiscrepancyKind.GROUP_COUNTS_DO_NOT_ADD_UP, DiscrepancyKind.TOTAL_DISAGREES_WITH_GROUPS,
                DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE, DiscrepancyKind.AVERAGES_DO_NOT_RECONCILE,
                DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH);
    }

    @Test
    void aTrainingRowIsCheckedOnlyWithItsCoursesAndParticipantsPerCourse() {
        List<PublishedFigure> figures = new ArrayList<>(publishedFigures().findByCycle(r5));
        figures.removeIf(f -> f.getKpi().getCode().equals("G1-TRAINING-COURSES") && f.getBreakdown().equals("INDUSTRY"));

        PrintedTables tables = PrintedTables.assemble(r5, figures, PrintedTableLayout.PLAN_2);

        assertThat(tables.training()).extracting(row -> row.category()).containsExactly(1, 3, 4, 5, 6);
        assertThat(tables.gaps()).singleElement().satisfies(gap -> {
            assertThat(gap.getEnglish())
                    .isEqualTo("R5 training: not reconciled for 企業人材研修 (category 2) (G1-TRAINING-COURSES)");
            assertThat(gap.getJapanese()).isEqualTo("R5 人材育成研修：不足があるため照合していません：企業人材研修（G1-TRAINING-COURSES）");
        });
        assertThat(tables.discrepancies()).extracting(Discrepancy::kind)
                .doesNotContain(DiscrepancyKind.QUOTIENT_DOES_NOT_MATCH);
    }

    @Test
    void refusesFiguresOfAnotherCycle() {
        List<PublishedFigure> mixed = new ArrayList<>(publishedFigures().findByCycle(r5));
        mixed.addAll(publishedFigures().findByCycle(r4));

        assertThatThrownBy(() -> PrintedTables.assemble(r5, mixed, PrintedTableLayout.PLAN_2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a figure of PLAN-2 令和5年度 (FY2023)");
        assertThat(PrintedTableLayout.forPlan("PLAN-1")).isEmpty();
    }
}

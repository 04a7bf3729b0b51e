package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Raw inputs refuse what cannot be true, with messages a data owner can act on. */
class InputValidationTest {

    private static final LocalDate ADOPTED = LocalDate.of(2022, 4, 1);

    @Test
    void aThemeCannotBeAdoptedAtLaunch() {
        assertThatThrownBy(() -> theme(Stage.LAUNCHED, Stage.LAUNCHED, 1000))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("遠隔診断AI: a theme cannot be adopted at 上市 (LAUNCHED); the stage at adoption is 1st..4th");
    }

    @Test
    void aThemeSentBackBeforeItsStageAtAdoptionIsKeptButIsNoStageUp() {
        AmedTheme sentBack = theme(Stage.CLINICAL, Stage.NON_CLINICAL, 1000);

        assertThat(sentBack.isBehindStageAtAdoption()).isTrue();
        assertThat(sentBack.isStagedUp()).isFalse();
        assertThat(sentBack.isLaunched()).isFalse();
    }

    @Test
    void aThemeNeedsANonNegativeGrantAndItsFields() {
        assertThatThrownBy(() -> theme(Stage.BASIC, Stage.BASIC, -1)).hasMessageContaining("cannot be negative, was -1 千円");
        assertThatThrownBy(() -> new AmedTheme("p", "t", null, Stage.BASIC, Stage.BASIC, 1, ADOPTED))
                .hasMessageContaining("focus area is required");
        assertThatThrownBy(() -> new AmedTheme("", "t", FocusArea.FA1, Stage.BASIC, Stage.BASIC, 1, ADOPTED))
                .hasMessageContaining("programme");
    }

    @Test
    void aThemeKnowsWhetherItMovedUpOrLaunched() {
        assertThat(theme(Stage.BASIC, Stage.PRODUCT_DEVELOPMENT, 1).isStagedUp()).isTrue();
        assertThat(theme(Stage.BASIC, Stage.BASIC, 1).isStagedUp()).isFalse();
        AmedTheme launched = theme(Stage.CLINICAL, Stage.LAUNCHED, 1);
        assertThat(launched.isLaunched()).isTrue();
        assertThat(launched.isStagedUp()).isTrue();
    }

    @Test
    void trainingCategoriesAreOneToSix() {
        assertThatThrownBy(() -> new TrainingCourse("講座", Set.of(1, 7), 10))
                .hasMessage("training course \"講座\" has category 7; categories are 1..6");
        assertThatThrownBy(() -> new TrainingCourse("講座", Set.of(0), 10)).hasMessageContaining("category 0");
        assertThatThrownBy(() -> new TrainingCourse("講座", Set.of(), 10)).hasMessageContaining("at least one category");
        assertThatThrownBy(() -> new TrainingCourse("講座", Set.of(2), -3)).hasMessageContaining("cannot have -3 participants");
    }

    @Test
    void trainingCourseCopiesItsCategories() {
        Set<Integer> categories = new HashSet<>(Set.of(1));
        TrainingCourse course = new TrainingCourse("講座", categories, 10);
        categories.add(2);
        assertThat(course.categories()).containsExactly(1);
    }

    @Test
    void tallyValidation() {
        assertThatThrownBy(() -> new TrainingTally(2, -1, 1)).hasMessageContaining("cannot be negative");
        assertThatThrownBy(() -> new TrainingTally(2, 5, 0)).hasMessageContaining("5 participants but no course");
        assertThatThrownBy(() -> new TrainingTally(9, 5, 1)).hasMessageContaining("1..6, was 9");
    }

    @Test
    void normalisationPeriodAndFactorMustMakeSense() {
        assertThatThrownBy(() -> new PeriodNormalisation("R4", LocalDate.of(2023, 3, 6), LocalDate.of(2021, 4, 1), 1, 2))
                .hasMessageContaining("ends (2021-04-01) before it starts (2023-03-06)");
        assertThatThrownBy(() -> new PeriodNormalisation("R4", LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 0, 2))
                .hasMessageContaining("must be positive, was 0/2");
        PeriodNormalisation r4 = new PeriodNormalisation("R4", LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
        assertThat(r4.describe()).isEqualTo("R4 (2021-04-01〜2023-03-06) ×1/2");
        assertThatThrownBy(() -> r4.normalise("share", BigDecimal.TEN, FigureUnit.PERCENT))
                .hasMessageContaining("shares are not period-normalised");
    }

    @Test
    void sharesRefuseImpossibleCounts() {
        assertThatThrownBy(() -> Shares.share("venture share", "ventures", 130, "respondents", 128))
                .hasMessage("venture share: 130 ventures cannot exceed 128 respondents");
        assertThatThrownBy(() -> Shares.share("venture share", "ventures", -1, "respondents", 128))
                .hasMessageContaining("cannot be negative");
    }

    @Test
    void kpiFigureNeedsANonZeroDenominatorAndCopiesItsLists() {
        assertThatThrownBy(() -> KpiFigure.quotient("x", "1 / 0", FigureUnit.TIMES, BigDecimal.ONE, BigDecimal.ZERO))
                .hasMessage("denominator of x is zero: 1 / 0");
        ArrayList<KpiFigure> inputs = new ArrayList<>();
        KpiFigure figure = new KpiFigure("y", "f", FigureUnit.COUNT, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE,
                List.of(), inputs);
        inputs.add(figure);
        assertThat(figure.inputs()).isEmpty();
    }

    @Test
    void printedRowsRefuseImpossibleValues() {
        assertThatThrownBy(() -> R5PrintedTables.row("重点分野1", 7, "128.6", "0", 1))
                .hasMessageContaining("stage-up percentage must be 0..100, was 128.6");
        assertThatThrownBy(() -> R5PrintedTables.row("重点分野1", -7, "28.6", "0", 1))
                .hasMessageContaining("theme count cannot be negative");
        assertThatThrownBy(() -> new PrintedTrainingRow(2, 653, 0, BigDecimal.TEN))
                .hasMessageContaining("courses (0) must be positive");
    }

    private static AmedTheme theme(Stage atAdoption, Stage current, long grant) {
        return new AmedTheme("厚労・医療機器開発推進研究事業", "遠隔診断AI", FocusArea.FA5, atAdoption, current, grant, ADOPTED);
    }
}

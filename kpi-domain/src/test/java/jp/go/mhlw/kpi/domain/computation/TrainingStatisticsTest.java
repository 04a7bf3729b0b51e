package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Training KPIs (docs/domain.md §5). The R4 chart values 594, 734, 629, 366, 414, 262 are already halved
 * ("R4については1/2へ補正処理を実施"): the printed ratios (770 / 594 = 1.3) only come out against them. So the raw R4
 * submissions were twice those values, and normalising them with the R4 factor 1/2 must give the chart back.
 */
class TrainingStatisticsTest {

    static final PeriodNormalisation R4 = new PeriodNormalisation("R4",
            LocalDate.of(2021, 4, 1), LocalDate.of(2023, 3, 6), 1, 2);
    static final PeriodNormalisation R5 = PeriodNormalisation.yearly("R5",
            LocalDate.of(2023, 4, 1), LocalDate.of(2024, 3, 31));

    private static final long[] R4_PRINTED = {594, 734, 629, 366, 414, 262};
    private static final long[] R5_PARTICIPANTS = {770, 653, 724, 208, 428, 29};
    private static final int[] R5_COURSES = {13, 17, 12, 10, 6, 2};

    @ParameterizedTest(name = "category {0}: R5 {2} vs R4 {1} × 1/2 → {3}倍")
    @CsvSource({"1, 1188, 770, 1.3", "2, 1468, 653, 0.9", "3, 1258, 724, 1.2", "4, 732, 208, 0.6", "5, 828, 428, 1.0"})
    void participantsRatioAgainstNormalisedR4(int category, long r4Raw, long r5, String printed) {
        KpiFigure ratio = TrainingStatistics.participantsRatio(category, r5, R5, r4Raw, R4);

        assertThat(DisplayRounding.oneDecimal(ratio.value())).isEqualByComparingTo(printed);
        assertThat(ratio.display()).isEqualTo(printed + "倍");
        assertThat(ratio.denominator()).isEqualByComparingTo(BigDecimal.valueOf(R4_PRINTED[category - 1]));
        assertThat(ratio.normalisations()).containsExactly(R5, R4);
        assertThat(ratio.formula()).isEqualTo("R5 " + r5 + " ÷ (R4 " + r4Raw + " × 1/2)");
    }

    @Test
    void normalisingTheRawR4SubmissionsGivesThePrintedChart() {
        for (int i = 0; i < R4_PRINTED.length; i++) {
            KpiFigure normalised = R4.normalise("R4 participants, category " + (i + 1),
                    BigDecimal.valueOf(2 * R4_PRINTED[i]), FigureUnit.COUNT);
            assertThat(normalised.value()).isEqualByComparingTo(BigDecimal.valueOf(R4_PRINTED[i]));
            assertThat(normalised.formula()).contains("× 1/2", "R4 (2021-04-01〜2023-03-06) ×1/2");
        }
    }

    @Test
    void ratioKeepsFullPrecision() {
        KpiFigure ratio = TrainingStatistics.participantsRatio(1, 770, R5, 1188, R4);
        // 770 / 594 = 1.2962962962…, not 1.3
        assertThat(ratio.value()).isEqualByComparingTo(new BigDecimal("1.296296296296296296296296296296296"));
    }

    @Test
    void r5ParticipantsPerCourseFromCourseRows() {
        Map<Integer, TrainingTally> tallies = TrainingStatistics.tallyByCategory(r5Courses());

        String[] printedOneDecimal = {"59.2", "38.4", "60.3", "20.8", "71.3", "14.5"};
        for (int category = 1; category <= 6; category++) {
            TrainingTally tally = tallies.get(category);
            assertThat(tally.participants()).isEqualTo(R5_PARTICIPANTS[category - 1]);
            assertThat(tally.courses()).isEqualTo(R5_COURSES[category - 1]);
            KpiFigure perCourse = TrainingStatistics.participantsPerCourse("R5", tally);
            assertThat(perCourse.display()).isEqualTo(printedOneDecimal[category - 1]);
        }
        // the committee prints whole participants: 59, 38 (printed 37, see the reconciliation), 60, 21, 71, 15
        assertThat(DisplayRounding.wholeNumber(TrainingStatistics.participantsPerCourse("R5", tallies.get(6)).value()))
                .isEqualByComparingTo("15");
    }

    @Test
    void aCourseServingSeveralCategoriesCountsInEach() {
        List<TrainingCourse> courses = List.of(
                new TrainingCourse("バイオデザイン", Set.of(1, 2), 30),
                new TrainingCourse("AIセミナー", Set.of(5), 12));

        Map<Integer, TrainingTally> tallies = TrainingStatistics.tallyByCategory(courses);

        assertThat(tallies.get(1)).isEqualTo(new TrainingTally(1, 30, 1));
        assertThat(tallies.get(2)).isEqualTo(new TrainingTally(2, 30, 1));
        assertThat(tallies.get(5)).isEqualTo(new TrainingTally(5, 12, 1));
        assertThat(tallies.get(3)).isEqualTo(new TrainingTally(3, 0, 0));
        assertThat(tallies).containsOnlyKeys(1, 2, 3, 4, 5, 6);
    }

    @Test
    void noRatioAgainstAnEmptyPreviousCycle() {
        assertThatThrownBy(() -> TrainingStatistics.participantsRatio(6, 29, R5, 0, R4))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("previous cycle (R4) is 0");
    }

    @Test
    void noAverageWithoutCourses() {
        assertThatThrownBy(() -> TrainingStatistics.participantsPerCourse("R5", new TrainingTally(3, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no course");
    }

    /** Single-category courses whose totals are the R5 table: participants spread evenly over the courses. */
    static List<TrainingCourse> r5Courses() {
        List<TrainingCourse> courses = new ArrayList<>();
        for (int category = 1; category <= 6; category++) {
            int count = R5_COURSES[category - 1];
            long participants = R5_PARTICIPANTS[category - 1];
            for (int i = 0; i < count; i++) {
                int share = (int) (participants / count + (i < participants % count ? 1 : 0));
                courses.add(new TrainingCourse("course " + category + "-" + i, Set.of(category), share));
            }
        }
        return courses;
    }
}

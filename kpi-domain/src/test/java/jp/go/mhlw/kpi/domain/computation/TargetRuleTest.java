package jp.go.mhlw.kpi.domain.computation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetRuleTest {

    private static final TargetRule PARTICIPANTS_UP_20_PERCENT =
            new TargetRule.AtLeastMultipleOfPrevious(new BigDecimal("1.2"));

    @Test
    void participantsAtLeastOnePointTwoTimesLastYearsNormalisedValue() {
        // category 1: R5 770 against R4 1,188 × 1/2 = 594; 770 ≥ 712.8
        TargetEvaluation met = PARTICIPANTS_UP_20_PERCENT.evaluate(
                Optional.of(r4Participants(1188)), Optional.of(r5Participants(770)));
        // category 2: R5 653 against 734 × 1.2 = 880.8
        TargetEvaluation notMet = PARTICIPANTS_UP_20_PERCENT.evaluate(
                Optional.of(r4Participants(1468)), Optional.of(r5Participants(653)));

        assertThat(met.achievement()).isEqualTo(Achievement.MET);
        assertThat(met.explanation()).isEqualTo("≥ 1.2 × previous cycle: 770 against 594 → MET");
        assertThat(met.basedOn()).extracting(KpiFigure::label).containsExactly("R4 participants", "R5 participants");
        assertThat(notMet.achievement()).isEqualTo(Achievement.NOT_MET);
    }

    @Test
    void exactlyTheMultipleMeetsTheTarget() {
        TargetEvaluation evaluation = PARTICIPANTS_UP_20_PERCENT.evaluate(
                Optional.of(KpiFigure.count("before", "", 10)), Optional.of(KpiFigure.count("after", "", 12)));
        assertThat(evaluation.achievement()).isEqualTo(Achievement.MET);
    }

    @Test
    void shareUpByAtLeastPoints() {
        KpiFigure venturesR4 = SurveyStatistics.ventureShare("R4", SurveyFixture.r4());
        KpiFigure venturesR5 = SurveyStatistics.ventureShare("R5", SurveyFixture.r5());
        KpiFigure entrantsR4 = SurveyStatistics.otherIndustryShare("R4", SurveyFixture.r4());
        KpiFigure entrantsR5 = SurveyStatistics.otherIndustryShare("R5", SurveyFixture.r5());
        TargetRule upOnePoint = new TargetRule.UpByAtLeastPoints(BigDecimal.ONE);
        TargetRule upTwoPoints = new TargetRule.UpByAtLeastPoints(new BigDecimal("2"));

        assertThat(upOnePoint.evaluate(Optional.of(venturesR4), Optional.of(venturesR5)).achievement())
                .isEqualTo(Achievement.MET);
        assertThat(upOnePoint.evaluate(Optional.of(entrantsR4), Optional.of(entrantsR5)).achievement())
                .isEqualTo(Achievement.MET);
        // +1.9 pt is not +2 pt, even though 5.4 − 3.5 rounds to 1.9
        assertThat(upTwoPoints.evaluate(Optional.of(entrantsR4), Optional.of(entrantsR5)).achievement())
                .isEqualTo(Achievement.NOT_MET);
    }

    @Test
    void higherThanLastYearIsStrict() {
        TargetRule higher = new TargetRule.HigherThanPrevious();
        KpiFigure sevenOfTwenty = Shares.share("R5", "hubs", 7, "hubs", 20);
        KpiFigure sevenOfTwentyOne = Shares.share("R4", "hubs", 7, "hubs", 21);

        assertThat(higher.evaluate(Optional.of(sevenOfTwentyOne), Optional.of(sevenOfTwenty)).achievement())
                .isEqualTo(Achievement.MET);
        assertThat(higher.evaluate(Optional.of(sevenOfTwenty), Optional.of(sevenOfTwenty)).achievement())
                .isEqualTo(Achievement.NOT_MET);
    }

    @Test
    void theVerdictIsExplainedInTheReadersLanguage() {
        KpiFigure r5 = r5Participants(770);
        TargetEvaluation met = PARTICIPANTS_UP_20_PERCENT.evaluate(Optional.of(r4Participants(1188)), Optional.of(r5));
        TargetEvaluation noPrevious = PARTICIPANTS_UP_20_PERCENT.evaluate(Optional.empty(), Optional.of(r5));
        TargetEvaluation noCurrent = PARTICIPANTS_UP_20_PERCENT.evaluate(Optional.of(r5), Optional.empty());
        TargetEvaluation nothing = new TargetRule.HigherThanPrevious().evaluate(Optional.empty(), Optional.empty());

        assertThat(met.explanation(Locale.JAPANESE)).isEqualTo("前年度の1.2倍以上：今年度 770、前年度 594 → 達成");
        assertThat(met.explanation(Locale.ENGLISH)).isEqualTo("at least 1.2 × the previous cycle: 770 against 594 → Met");
        assertThat(noPrevious.explanation(Locale.JAPANESE)).isEqualTo("前年度の1.2倍以上：前年度の数値がありません");
        assertThat(noCurrent.explanation(Locale.JAPANESE)).isEqualTo("前年度の1.2倍以上：今年度の数値がありません");
        assertThat(nothing.explanation(Locale.JAPANESE)).isEqualTo("前年度より増加：両年度の数値がありません");
        assertThat(nothing.explanation(Locale.ENGLISH)).isEqualTo("higher than the previous cycle: no figure for both cycles");
    }

    @Test
    void missingFiguresGiveNoData() {
        KpiFigure r5 = r5Participants(770);
        TargetEvaluation noPrevious = PARTICIPANTS_UP_20_PERCENT.evaluate(Optional.empty(), Optional.of(r5));
        TargetEvaluation noCurrent = PARTICIPANTS_UP_20_PERCENT.evaluate(Optional.of(r5), Optional.empty());
        TargetEvaluation nothing = new TargetRule.HigherThanPrevious().evaluate(Optional.empty(), Optional.empty());

        assertThat(noPrevious.achievement()).isEqualTo(Achievement.NO_DATA);
        assertThat(noPrevious.explanation()).endsWith("no figure for the previous cycle");
        assertThat(noPrevious.basedOn()).containsExactly(r5);
        assertThat(noCurrent.achievement()).isEqualTo(Achievement.NO_DATA);
        assertThat(noCurrent.explanation()).endsWith("no figure for this cycle");
        assertThat(nothing.achievement()).isEqualTo(Achievement.NO_DATA);
        assertThat(nothing.basedOn()).isEmpty();
    }

    @Test
    void refusesToCompareDifferentUnits() {
        assertThatThrownBy(() -> new TargetRule.HigherThanPrevious().evaluate(
                Optional.of(KpiFigure.count("cases", "", 3)), Optional.of(Shares.share("share", "a", 1, "b", 2))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot compare cases (COUNT) with share (PERCENT)");
        assertThatThrownBy(() -> new TargetRule.UpByAtLeastPoints(BigDecimal.ONE).evaluate(
                Optional.of(KpiFigure.count("a", "", 3)), Optional.of(KpiFigure.count("b", "", 4))))
                .hasMessageContaining("a point change needs two shares");
        assertThatThrownBy(() -> new TargetRule.AtLeastMultipleOfPrevious(BigDecimal.ZERO))
                .hasMessageContaining("must be positive");
    }

    private static KpiFigure r4Participants(long raw) {
        return TrainingStatisticsTest.R4.normalise("R4 participants", BigDecimal.valueOf(raw), FigureUnit.COUNT);
    }

    private static KpiFigure r5Participants(long raw) {
        return TrainingStatisticsTest.R5.normalise("R5 participants", BigDecimal.valueOf(raw), FigureUnit.COUNT);
    }
}

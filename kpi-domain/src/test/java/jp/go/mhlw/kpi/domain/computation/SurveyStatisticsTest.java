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

class SurveyStatisticsTest {

    private final List<SurveyResponse> r4 = SurveyFixture.r4();
    private final List<SurveyResponse> r5 = SurveyFixture.r5();

    @Test
    void denominatorsAreDerivedFromTheRows() {
        assertThat(r4).hasSize(105);
        assertThat(r5).hasSize(158);
        assertThat(SurveyStatistics.domesticRespondents(r4)).isEqualTo(93);
        assertThat(SurveyStatistics.domesticRespondents(r5)).isEqualTo(128);
    }

    @Test
    void ventureShareRisesByFivePointEightPoints() {
        KpiFigure before = SurveyStatistics.ventureShare("R4", r4);
        KpiFigure after = SurveyStatistics.ventureShare("R5", r5);
        KpiFigure change = Shares.pointChange("venture share R4 → R5", before, after);

        assertThat(before.numerator()).isEqualByComparingTo("7");
        assertThat(before.denominator()).isEqualByComparingTo("93");
        assertThat(before.display()).isEqualTo("7.5%");
        assertThat(after.numerator()).isEqualByComparingTo("17");
        assertThat(after.denominator()).isEqualByComparingTo("128");
        assertThat(after.display()).isEqualTo("13.3%");
        assertThat(change.display()).isEqualTo("+5.8 pt");
        assertThat(change.inputs()).containsExactly(before, after);
    }

    @Test
    void otherIndustryDenominatorExcludesVentures() {
        KpiFigure before = SurveyStatistics.otherIndustryShare("R4", r4);
        KpiFigure after = SurveyStatistics.otherIndustryShare("R5", r5);

        assertThat(before.numerator()).isEqualByComparingTo("3");
        assertThat(before.denominator()).isEqualByComparingTo("86");   // 93 − 7
        assertThat(before.display()).isEqualTo("3.5%");
        assertThat(after.numerator()).isEqualByComparingTo("6");
        assertThat(after.denominator()).isEqualByComparingTo("111");   // 128 − 17
        assertThat(after.display()).isEqualTo("5.4%");
        assertThat(Shares.pointChange("other-industry R4 → R5", before, after).display()).isEqualTo("+1.9 pt");
        assertThat(after.formula()).contains("excluding ventures", "6 / 111");
    }

    @Test
    void pointChangeIsExactNotTheDifferenceOfRoundedShares() {
        KpiFigure change = Shares.pointChange("venture", SurveyStatistics.ventureShare("R4", r4),
                SurveyStatistics.ventureShare("R5", r5));
        // 17/128 − 7/93 = (17·93 − 7·128) / (128·93) = 685 / 11904
        assertThat(change.numerator()).isEqualByComparingTo("685");
        assertThat(change.denominator()).isEqualByComparingTo("11904");
        assertThat(change.value()).isBetween(new BigDecimal("5.7543"), new BigDecimal("5.7544"));
    }

    @Test
    void internationalSharesPerSnapshotCountOnlyDomesticCompaniesThatAnswered() {
        LocalDate jan2023 = LocalDate.of(2023, 1, 1);
        LocalDate jan2024 = LocalDate.of(2024, 1, 1);
        List<SurveyResponse> rows = new ArrayList<>();
        // 82 domestic companies answered the activity question for both snapshots; 67 then 65 exported
        for (int i = 0; i < 82; i++) {
            Set<OverseasActivity> before = i < 67 ? Set.of(OverseasActivity.EXPORT) : Set.of();
            Set<OverseasActivity> now = i < 65 ? Set.of(OverseasActivity.EXPORT) : Set.of();
            rows.add(new SurveyResponse("d" + i, true, false, false, Map.of(jan2023, before, jan2024, now), Map.of()));
        }
        rows.add(new SurveyResponse("did not answer", true, false, false));
        rows.add(new SurveyResponse("foreign exporter", false, false, false,
                Map.of(jan2023, Set.of(OverseasActivity.EXPORT), jan2024, Set.of(OverseasActivity.EXPORT)), Map.of()));

        KpiFigure before = SurveyStatistics.activityShare(rows, OverseasActivity.EXPORT, jan2023);
        KpiFigure now = SurveyStatistics.activityShare(rows, OverseasActivity.EXPORT, jan2024);

        assertThat(before.display()).isEqualTo("81.7%");
        assertThat(now.display()).isEqualTo("79.3%");
        assertThat(now.denominator()).isEqualByComparingTo("82");
        assertThat(Shares.pointChange("export", before, now).display()).isEqualTo("-2.4 pt");
    }

    @Test
    void baseSharesPerSnapshot() {
        LocalDate jan2024 = LocalDate.of(2024, 1, 1);
        List<SurveyResponse> rows = List.of(
                new SurveyResponse("a", true, false, false, Map.of(),
                        Map.of(jan2024, Set.of(OverseasBase.PRODUCTION, OverseasBase.SALES_AND_MARKETING))),
                new SurveyResponse("b", true, false, false, Map.of(), Map.of(jan2024, Set.of())),
                new SurveyResponse("c", true, false, false, Map.of(), Map.of(jan2024, Set.of(OverseasBase.SALES_AND_MARKETING))),
                new SurveyResponse("d", true, false, false, Map.of(), Map.of(jan2024, Set.of())));

        assertThat(SurveyStatistics.baseShare(rows, OverseasBase.PRODUCTION, jan2024).display()).isEqualTo("25.0%");
        assertThat(SurveyStatistics.baseShare(rows, OverseasBase.SALES_AND_MARKETING, jan2024).display()).isEqualTo("50.0%");
    }

    @Test
    void noShareWithoutDomesticRespondents() {
        List<SurveyResponse> foreignOnly = List.of(new SurveyResponse("f", false, false, false));
        assertThatThrownBy(() -> SurveyStatistics.ventureShare("R6", foreignOnly))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no domestic-capital respondents");
    }

    @Test
    void aCompanyCannotBeBothVentureAndOtherIndustryEntrant() {
        assertThatThrownBy(() -> new SurveyResponse("X社", true, true, true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("X社 is marked both venture and other-industry entrant");
    }
}

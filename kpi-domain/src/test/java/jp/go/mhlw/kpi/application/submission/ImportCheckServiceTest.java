package jp.go.mhlw.kpi.application.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.application.followup.ApprovedSubmissions.Approved;
import jp.go.mhlw.kpi.application.followup.CycleFigures;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.computation.InternationalShares;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;

/** The import check previews the figures the aggregation will publish from the same rows, with their counts. */
class ImportCheckServiceTest {

    private static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 1, 1);
    private static final String THEME_HEADER = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n";

    private final ImportCheckService service = new ImportCheckService();

    {
        // 2024-06-30 in Japan
        service.clock = Clock.fixed(Instant.parse("2024-06-29T20:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void theThemeCheckShowsTheAggregationsFiguresWithTheDatesItUsed() {
        UploadedFile file = csv(THEME_HEADER
                + "事業A,課題1,1,1,3,1000,2022-04-01\n"          // stage-up, mature
                + "事業A,課題2,1,4,3,3000,2022-04-01\n"          // sent back: counted, no stage-up, a warning
                + "事業A,課題3,2,開発研究,上市,2000,2023-06-01\n"  // launched, adopted less than a year before
                + "事業A,課題4,無,2,2,4000,2024-01-01\n");         // on the reference date

        ImportCheckService.ThemeCheck check = service.checkAmedThemes(file, REFERENCE_DATE);

        assertThat(check.result().problems()).isEmpty();
        assertThat(check.result().warnings()).hasSize(1);
        assertThat(check.surveyReferenceDate()).isEqualTo(REFERENCE_DATE);
        assertThat(check.today()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(check.all().overall().themes()).isEqualTo(4);
        assertThat(check.all().overall().stageUps()).isEqualTo(2);
        assertThat(check.all().overall().launches()).isEqualTo(1);
        assertThat(check.mature().overall().themes()).isEqualTo(2);

        List<CycleFigures.Computed> aggregated = new CycleFigures(SubmissionFixtures.R5, Optional.empty(),
                new SurveyDates(REFERENCE_DATE, REFERENCE_DATE.minusYears(1), REFERENCE_DATE),
                CycleFigures.PreviousValues.none())
                .compute(List.of(), List.of(), List.of(), List.of(new Approved<>(
                        SubmissionReference.of(SubmissionKind.AMED_THEME_REPORT, 1), "AMED", check.result().records())));
        assertThat(figure(aggregated, "G6-STAGE-UP-RATIO").value()).isEqualByComparingTo(check.all().overall().stageUpRatio().value());
        assertThat(figure(aggregated, "G6-LAUNCH-RATIO").value()).isEqualByComparingTo(check.all().overall().launchRatio().value());
        assertThat(figure(aggregated, "G6-MATURE-STAGE-UP-RATIO").value())
                .isEqualByComparingTo(check.mature().overall().stageUpRatio().value());
    }

    @Test
    void theSurveyCheckGivesCountsDenominatorsAndTheChangeBetweenTheSnapshots() {
        LocalDate previous = LocalDate.of(2023, 1, 1);
        StringBuilder csv = new StringBuilder("会社名,内資系,ベンチャー,異業種参入,"
                + "前回（2023-01-01）海外活動: 医療機器の輸出,今回（2024-01-01）海外活動: 医療機器の輸出\n");
        csv.append("A社,はい,はい,いいえ,いいえ,はい\n");
        csv.append("B社,はい,いいえ,はい,はい,はい\n");
        csv.append("C社,はい,いいえ,いいえ,いいえ,いいえ\n");
        csv.append("D社,はい,いいえ,いいえ,,はい\n");         // did not answer for the previous snapshot
        csv.append("E社,いいえ,いいえ,いいえ,はい,はい\n");    // foreign capital: in no denominator

        ImportCheckService.SurveyCheck check = service.checkSurvey(csv(csv.toString()), previous, REFERENCE_DATE);

        assertThat(check.result().problems()).isEmpty();
        assertThat(check.domesticRespondents()).isEqualTo(4);
        assertThat(counts(check.ventureShare())).isEqualTo("1/4");
        assertThat(counts(check.otherIndustryShare())).isEqualTo("1/3");
        InternationalShares.Comparison export = check.international().stream()
                .filter(item -> item.item() == OverseasActivity.EXPORT).findFirst().orElseThrow();
        assertThat(counts(export.previous().orElseThrow())).isEqualTo("1/3");
        assertThat(counts(export.current().orElseThrow())).isEqualTo("3/4");
        // 3/4 − 1/3 = 41.66… points
        assertThat(export.change().orElseThrow().unit()).isEqualTo(FigureUnit.PERCENTAGE_POINTS);
        assertThat(export.change().orElseThrow().value()).isBetween(new BigDecimal("41.66"), new BigDecimal("41.67"));
        assertThat(check.previousSnapshot()).isEqualTo(previous);
        assertThat(check.currentSnapshot()).isEqualTo(REFERENCE_DATE);
    }

    private static KpiFigure figure(List<CycleFigures.Computed> computed, String kpiCode) {
        return computed.stream().filter(c -> c.kpiCode().equals(kpiCode) && c.breakdown().equals(KpiBreakdown.TOTAL))
                .map(CycleFigures.Computed::figure).filter(f -> f.unit() == FigureUnit.PERCENT).findFirst().orElseThrow();
    }

    private static String counts(KpiFigure share) {
        return share.numerator().stripTrailingZeros().toPlainString() + "/" + share.denominator().stripTrailingZeros().toPlainString();
    }

    private static UploadedFile csv(String text) {
        return new UploadedFile("upload.csv", text.getBytes(StandardCharsets.UTF_8));
    }
}

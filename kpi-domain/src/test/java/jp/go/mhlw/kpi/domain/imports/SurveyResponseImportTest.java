package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.OverseasActivity;
import jp.go.mhlw.kpi.domain.computation.OverseasBase;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.junit.jupiter.api.Test;

class SurveyResponseImportTest {

    private static final LocalDate JAN_2023 = LocalDate.of(2023, 1, 1);
    private static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);

    private final SurveyResponseImport survey = new SurveyResponseImport(JAN_2023, JAN_2024);

    @Test
    void responsesWithInternationalAnswersPerSnapshot() {
        List<String> header = survey.columns().stream().map(Column::headerJa).toList();
        List<String> row = new ArrayList<>(List.of("株式会社テスト", "はい", "○", "いいえ"));
        // previous snapshot left blank (not answered); current: export and a production base
        for (Column column : survey.columns().subList(4, survey.columns().size())) {
            boolean current = column.headerJa().startsWith("今回");
            boolean yes = column.headerEn().endsWith("EXPORT") || column.headerEn().endsWith("PRODUCTION");
            row.add(!current ? "" : yes ? "はい" : "いいえ");
        }

        ImportResult<SurveyResponse> result = survey.read(csv(header, row));

        assertThat(result.problems()).isEmpty();
        SurveyResponse response = result.records().get(0);
        assertThat(response.domesticCapital()).isTrue();
        assertThat(response.venture()).isTrue();
        assertThat(response.otherIndustryEntrant()).isFalse();
        assertThat(response.answeredActivitiesAt(JAN_2023)).isFalse();
        assertThat(response.hasActivityAt(JAN_2024, OverseasActivity.EXPORT)).isTrue();
        assertThat(response.hasActivityAt(JAN_2024, OverseasActivity.OVERSEAS_IP_FILING)).isFalse();
        assertThat(response.hasBaseAt(JAN_2024, OverseasBase.PRODUCTION)).isTrue();
    }

    @Test
    void aVentureMarkedAsOtherIndustryEntrantAndADuplicateCompanyAreRowProblems() {
        List<String> header = List.of("会社名", "内資系", "ベンチャー", "異業種参入");

        ImportResult<SurveyResponse> result = survey.read(csv(header,
                List.of("A社", "はい", "はい", "はい"),
                List.of("B社", "はい", "いいえ", "たぶん"),
                List.of("C社", "いいえ", "いいえ", "いいえ"),
                List.of("Ｃ社", "いいえ", "いいえ", "いいえ")));

        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(2, 3, 5);
        assertThat(result.problems()).extracting(ImportProblem::column).containsExactly("異業種参入", "異業種参入", "会社名");
        assertThat(result.problems().get(0).messageJa()).contains("「ベンチャー」と「異業種参入」の両方");
        assertThat(result.problems().get(0).messageEn()).contains("\"Venture\" and \"Other-industry entrant\" are both yes");
        assertThat(result.problems().get(2).messageJa()).contains("4 行目");
    }

    @Test
    void lastYearsRowsFillThisYearsTemplateAtTheSnapshotDatesBothShare() {
        // last year's survey asked about January 2023 and 2024; this year's asks about January 2024 and 2025
        LocalDate jan2025 = LocalDate.of(2025, 1, 1);
        SurveyResponseImport thisYear = new SurveyResponseImport(JAN_2024, jan2025);
        byte[] workbook = ImportTemplate.xlsx(thisYear, FilledFrom.LAST_YEAR.note("R5"),
                thisYear.rows(SubmissionFixtures.survey()));

        ImportResult<SurveyResponse> result = thisYear.read(new UploadedFile("survey.xlsx", workbook));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).extracting(SurveyResponse::companyName)
                .containsExactly("デモ医療機器A", "デモ医療機器B", "外資メディカル");
        SurveyResponse a = result.records().get(0);
        assertThat(a.domesticCapital()).isTrue();
        assertThat(a.venture()).isTrue();
        assertThat(a.hasActivityAt(JAN_2024, OverseasActivity.EXPORT)).isTrue();
        assertThat(a.hasActivityAt(JAN_2024, OverseasActivity.OVERSEAS_IP_FILING)).isFalse();
        assertThat(a.hasBaseAt(JAN_2024, OverseasBase.PRODUCTION)).isTrue();
        assertThat(a.answeredActivitiesAt(jan2025)).as("this year's own date is left for the company").isFalse();
        assertThat(result.records().get(1).answeredActivitiesAt(JAN_2024)).isFalse();
    }

    @SafeVarargs
    private static UploadedFile csv(List<String> header, List<String>... rows) {
        StringBuilder text = new StringBuilder(String.join(",", header)).append("\n");
        for (List<String> row : rows) {
            text.append(row.stream().collect(Collectors.joining(","))).append("\n");
        }
        return new UploadedFile("survey.csv", text.toString().getBytes(StandardCharsets.UTF_8));
    }
}

package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.ThemeGroupFigures;
import jp.go.mhlw.kpi.domain.computation.ThemeStatistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AmedThemeImportTest {

    private static final Object[] HEADER = {"事業名", "課題名", "重点分野", "採択時ステージ", "現在のステージ", "単年度予算額（千円）", "採択日"};

    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private static final LocalDate REFERENCE_DATE = LocalDate.of(2024, 1, 1);

    private final AmedThemeImport themes = new AmedThemeImport(TODAY, REFERENCE_DATE);

    @Test
    void aWellFormedWorkbookBecomesThemes() {
        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"厚労・医療機器開発推進研究事業", "在宅透析モニタ", 5, 2, 3, 45000, LocalDate.of(2022, 6, 1)},
                new Object[] {"文科・橋渡し研究プログラム", "AI内視鏡診断", "無/複数", "基礎研究", "上市", "12,345", "2023/04/01"})));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).containsExactly(
                new AmedTheme("厚労・医療機器開発推進研究事業", "在宅透析モニタ", FocusArea.FA5, Stage.PRODUCT_DEVELOPMENT,
                        Stage.NON_CLINICAL, 45000, LocalDate.of(2022, 6, 1)),
                new AmedTheme("文科・橋渡し研究プログラム", "AI内視鏡診断", FocusArea.NONE_OR_MULTIPLE, Stage.BASIC,
                        Stage.LAUNCHED, 12345, LocalDate.of(2023, 4, 1)));
    }

    @Test
    void englishHeadersAndUtf8CsvWithByteOrderMarkAreAccepted() {
        String csv = "\uFEFFProgramme,Theme,Focus area,Stage at adoption,Current stage,Single-year grant (thousand yen),Adoption date\r\n"
                + "\"経産・医工連携イノベーション推進事業\",\"手術支援ロボット, 小型\",FA4,4th,4th,\"98,000\",2021-10-01\r\n";

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(theme -> {
            assertThat(theme.themeTitle()).isEqualTo("手術支援ロボット, 小型");
            assertThat(theme.focusArea()).isEqualTo(FocusArea.FA4);
            assertThat(theme.singleYearGrantThousandYen()).isEqualTo(98000);
        });
    }

    @Test
    void shiftJisCsvAsExcelSavesItIsAccepted() {
        String csv = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\r\n"
                + "厚労・医療機器開発推進研究事業,歩行補助装置,4,臨床（治験・臨床研究）,上市,30000,2020/4/1\r\n";

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.csv", csv.getBytes(Charset.forName("Windows-31J"))));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).singleElement().satisfies(theme -> {
            assertThat(theme.themeTitle()).isEqualTo("歩行補助装置");
            assertThat(theme.stageAtAdoption()).isEqualTo(Stage.CLINICAL);
            assertThat(theme.currentStage()).isEqualTo(Stage.LAUNCHED);
        });
    }

    @Test
    void everyBadCellIsReportedWithRowColumnAndMessageAndNothingIsImported() {
        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", 1, 1, 2, 1000, LocalDate.of(2022, 1, 1)},        // row 2: fine
                new Object[] {"事業A", "課題2", 7, 1, 2, "千円", LocalDate.of(2022, 1, 1)},       // row 3: focus area, grant
                new Object[] {"事業A", "課題3", 2, 3, "", 1000, LocalDate.of(2022, 1, 1)},        // row 4: no current stage
                new Object[] {"事業A", "", 2, 5, 2, -5, "昨年"},                                  // row 5: many
                new Object[] {"事業A", "課題1", 1, 1, 2, 1000, LocalDate.of(2022, 1, 1)})));      // row 6: duplicate of 2

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "重点分野"),
                org.assertj.core.groups.Tuple.tuple(3, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(4, "現在のステージ"),
                org.assertj.core.groups.Tuple.tuple(5, "課題名"),
                org.assertj.core.groups.Tuple.tuple(5, "採択時ステージ"),
                org.assertj.core.groups.Tuple.tuple(5, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(5, "採択日"),
                org.assertj.core.groups.Tuple.tuple(6, "課題名"));
        assertThat(problem(result, 3, "重点分野").messageEn()).contains("\"7\"").contains("allowed");
        assertThat(problem(result, 3, "単年度予算額（千円）").messageJa()).contains("整数ではありません");
        assertThat(problem(result, 4, "現在のステージ").messageJa()).contains("必須");
        assertThat(problem(result, 6, "課題名").messageEn()).contains("row 2");
        assertThat(result.problems()).noneMatch(found -> found.row() == 2);
    }

    @Test
    void figuresBeyondTheLimitsDatesOutsideTheCenturyAndControlCharactersAreRefusedAtTheirCells() {
        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", 1, 1, 2, "18446744073709551716", LocalDate.of(2022, 1, 1)},
                new Object[] {"事業A", "課題2", 1, 1, 2, "1,000,000,000,000", LocalDate.of(2022, 1, 1)},
                new Object[] {"事業A", "課題3", 1, 1, 2, "2.7", "9999-12-31"},
                new Object[] {"事業A", "課題4\u202Etxt", 1, 1, 2, 1000, LocalDate.of(2022, 1, 1)})));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(2, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(3, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(4, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(4, "採択日"),
                org.assertj.core.groups.Tuple.tuple(5, "課題名"));
    }

    @Test
    void aMissingColumnIsNamed() {
        Object[] withoutGrant = Arrays.stream(HEADER).filter(header -> !header.equals("単年度予算額（千円）")).toArray();

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx",
                Workbooks.xlsx(withoutGrant, new Object[] {"事業A", "課題1", 1, 1, 2, LocalDate.of(2022, 1, 1)})));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo("単年度予算額（千円）");
            assertThat(problem.messageJa()).contains("ありません");
        });
    }

    @Test
    void aFileOfAnotherTypeIsRefusedWhateverItsName() {
        byte[] pdf = "%PDF-1.7\n1 0 obj".getBytes(StandardCharsets.US_ASCII);

        assertThat(themes.read(new UploadedFile("themes.xlsx", pdf)).problems())
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("not an .xlsx"));
        assertThat(themes.read(new UploadedFile("themes.pdf", pdf)).problems())
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("Unsupported file type"));
        assertThat(themes.read(new UploadedFile("themes.csv", Workbooks.xlsx(HEADER))).problems())
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("not CSV"));
    }

    @Test
    void tenMegabytesOfJunkAreRefusedBeforeParsing() {
        byte[] junk = new byte[10 * 1024 * 1024];
        new Random(42).nextBytes(junk);

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", junk));

        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.messageEn()).contains("too large");
        });
    }

    @Test
    void aZipThatIsNotAWorkbookIsRefusedWithAMessage() {
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2, 3};

        assertThat(themes.read(new UploadedFile("themes.xlsx", zip)).problems())
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("cannot be read"));
    }

    @Test
    void anEmptyTemplateHasNoDataRowsAndTheTemplateRoundTrips() {
        byte[] template = ImportTemplate.xlsx(themes);

        assertThat(themes.read(new UploadedFile("template.xlsx", template)).problems())
                .singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("no data rows"));

        String csv = new String(ImportTemplate.csv(themes), StandardCharsets.UTF_8)
                + "事業A,課題1,3,2,2,500,2023-05-01\r\n";
        assertThat(themes.read(new UploadedFile("template.csv", csv.getBytes(StandardCharsets.UTF_8))).records()).hasSize(1);
    }

    @Test
    void tooManyRowsAreRefused() {
        StringBuilder csv = new StringBuilder("事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n");
        for (int i = 0; i < 11; i++) {
            csv.append("事業A,課題").append(i).append(",1,1,1,1,2023-01-01\n");
        }

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.csv", csv.toString().getBytes(StandardCharsets.UTF_8)),
                new ImportLimits(1024 * 1024, 10));

        assertThat(result.problems()).singleElement().satisfies(problem -> assertThat(problem.messageEn()).contains("Too many rows"));
    }

    @Test
    void aThemeWhoseStageWentBackBeforeItsAdoptionStageCountsWithAWarningAtItsRowAndColumn() {
        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", 1, "基礎研究", "非臨床", 1000, LocalDate.of(2022, 1, 1)},  // stage-up
                new Object[] {"事業A", "課題2", 1, "臨床", "非臨床", 3000, LocalDate.of(2022, 1, 1)},      // sent back
                new Object[] {"事業A", "課題3", 1, "臨床", "臨床", 2000, LocalDate.of(2022, 1, 1)})));    // unchanged

        assertThat(result.isAccepted()).isTrue();
        assertThat(result.records()).hasSize(3);
        assertThat(result.warnings()).singleElement().satisfies(warning -> {
            assertThat(warning.row()).isEqualTo(3);
            assertThat(warning.column()).isEqualTo("現在のステージ");
            assertThat(warning.messageJa()).contains("非臨床").contains("臨床").contains("ステージアップには数えません");
            assertThat(warning.messageEn()).contains("non-clinical").contains("not as a stage-up");
        });
        ThemeGroupFigures overall = ThemeStatistics.report("upload", result.records()).overall();
        assertThat(overall.themes()).isEqualTo(3);
        assertThat(overall.stageUps()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource({
        "1, BASIC", "基礎研究, BASIC",
        "2, PRODUCT_DEVELOPMENT", "２, PRODUCT_DEVELOPMENT", "製品開発, PRODUCT_DEVELOPMENT",
        "開発研究, PRODUCT_DEVELOPMENT", "応用研究, PRODUCT_DEVELOPMENT", "開発(応用), PRODUCT_DEVELOPMENT",
        "開発（応用）, PRODUCT_DEVELOPMENT", "開発研究（応用）, PRODUCT_DEVELOPMENT",
        "3, NON_CLINICAL", "非臨床試験, NON_CLINICAL", "4, CLINICAL", "臨床試験, CLINICAL", "5, LAUNCHED"})
    void theCommitteesStageTermsAndTheNumbersOneToFiveAreAccepted(String cell, Stage expected) {
        String csv = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n"
                + "事業A,課題1,1,1," + cell + ",1000,2022-01-01\n";

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).singleElement().extracting(AmedTheme::currentStage).isEqualTo(expected);
    }

    @Test
    void anUnknownStageNamesTheAcceptedTermsAndTheTemplatesListThem() {
        String csv = "事業名,課題名,重点分野,採択時ステージ,現在のステージ,単年度予算額（千円）,採択日\n"
                + "事業A,課題1,1,1,6,1000,2022-01-01\n";

        ImportProblem problem = themes.read(new UploadedFile("themes.csv", csv.getBytes(StandardCharsets.UTF_8)))
                .problems().get(0);

        assertThat(problem.column()).isEqualTo("現在のステージ");
        assertThat(problem.messageJa()).contains("開発研究").contains("応用研究").contains("開発(応用)").contains("5 上市");
        String template = new String(ImportTemplate.csv(themes), StandardCharsets.UTF_8);
        assertThat(template.lines().filter(line -> line.contains("採択時ステージ") && line.contains("開発研究"))).hasSize(1);
        assertThat(template.lines().filter(line -> line.contains("現在のステージ") && line.contains("5 上市"))).hasSize(1);
    }

    @Test
    void aTemplatesCommentLinesAreSkippedAndAMissingColumnNamesTheHeaderRow() {
        String csv = "# 使用できる値\n\"# 採択時ステージ: 1 基礎研究, 2 開発研究\"\n"
                + "事業名,課題名,重点分野,採択時ステージ,現在のステージ,採択日\n"
                + "事業A,課題1,1,1,2,2022-01-01\n";

        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.csv", csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("単年度予算額（千円）");
        });
    }

    @Test
    void anAdoptionDateAfterTodayOrAfterTheSurveyReferenceDateIsAProblemAtItsRowAndColumn() {
        ImportResult<AmedTheme> result = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", 1, 1, 2, 1000, REFERENCE_DATE},                     // on the date: fine
                new Object[] {"事業A", "課題2", 1, 1, 2, 1000, REFERENCE_DATE.plusDays(1)},
                new Object[] {"事業A", "課題3", 1, 1, 2, 1000, TODAY.plusDays(1)})));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "採択日"), org.assertj.core.groups.Tuple.tuple(4, "採択日"));
        assertThat(problem(result, 3, "採択日").messageJa()).contains("調査基準日（2024-01-01）").contains("2024-01-02");
        assertThat(problem(result, 3, "採択日").messageEn()).contains("after the survey reference date (2024-01-01)");
        assertThat(problem(result, 4, "採択日").messageJa()).contains("今日（2024-06-30）").contains("2024-07-01");
        assertThat(problem(result, 4, "採択日").messageEn()).contains("after today (2024-06-30)");
    }

    @Test
    void withoutAReferenceDateOnlyTheFutureIsRefused() {
        AmedThemeImport withoutReference = new AmedThemeImport(TODAY);

        ImportResult<AmedTheme> result = withoutReference.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", 1, 1, 2, 1000, TODAY},
                new Object[] {"事業A", "課題2", 1, 1, 2, 1000, TODAY.plusDays(1)})));

        assertThat(result.problems()).extracting(ImportProblem::row).containsExactly(3);
    }

    @Test
    void everyMessageIsInTheReadersLanguageAndNamesNoInternalValue() {
        ImportResult<AmedTheme> rejected = themes.read(new UploadedFile("themes.xlsx", Workbooks.xlsx(HEADER,
                new Object[] {"事業A", "課題1", "無", "臨床", "非臨床", 1000, LocalDate.of(2022, 1, 1)},
                new Object[] {"事業A", "課題2", "無", 5, "非臨床", 1000, LocalDate.of(2022, 1, 1)},
                new Object[] {"事業A", "課題1", "複数", 1, 2, 1000, TODAY.plusDays(1)})));

        List<ImportProblem> all = new java.util.ArrayList<>(rejected.problems());
        all.addAll(rejected.warnings());
        all.addAll(themes.read(new UploadedFile("themes.xlsx", new byte[(int) ImportLimits.DEFAULT.maxBytes() + 1])).problems());
        all.addAll(themes.read(new UploadedFile("themes.pdf", new byte[] {1})).problems());
        assertThat(all).hasSizeGreaterThanOrEqualTo(5);
        for (ImportProblem problem : all) {
            for (String message : List.of(problem.messageJa(), problem.messageEn())) {
                assertThat(message).doesNotContainPattern("\\b(" + Arrays.stream(Stage.values()).map(Stage::name)
                        .collect(Collectors.joining("|")) + "|NONE_OR_MULTIPLE|FA[1-5])\\b");
            }
            assertThat(problem.messageJa()).isNotEqualTo(problem.messageEn()).containsPattern("\\p{IsHan}|\\p{IsHiragana}|\\p{IsKatakana}");
        }
        assertThat(all).anySatisfy(problem -> assertThat(problem.messageJa()).contains("5 MB"));
        assertThat(all).anySatisfy(problem -> assertThat(problem.messageEn()).contains("5 MB"));
    }

    private static ImportProblem problem(ImportResult<?> result, int row, String column) {
        return result.problems().stream().filter(found -> found.row() == row && found.column().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at row " + row + " " + column + ": " + result.problems()));
    }
}

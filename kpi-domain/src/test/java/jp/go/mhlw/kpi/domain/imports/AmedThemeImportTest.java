package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.Stage;
import org.junit.jupiter.api.Test;

class AmedThemeImportTest {

    private static final Object[] HEADER = {"事業名", "課題名", "重点分野", "採択時ステージ", "現在のステージ", "単年度予算額（千円）", "採択日"};

    private final AmedThemeImport themes = new AmedThemeImport();

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
                new Object[] {"事業A", "課題3", 2, 3, 1, 1000, LocalDate.of(2022, 1, 1)},         // row 4: stage backwards
                new Object[] {"事業A", "", 2, 5, 2, -5, "昨年"},                                  // row 5: many
                new Object[] {"事業A", "課題1", 1, 1, 2, 1000, LocalDate.of(2022, 1, 1)})));      // row 6: duplicate of 2

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column).contains(
                org.assertj.core.groups.Tuple.tuple(3, "重点分野"),
                org.assertj.core.groups.Tuple.tuple(3, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(4, ""),
                org.assertj.core.groups.Tuple.tuple(5, "課題名"),
                org.assertj.core.groups.Tuple.tuple(5, "採択時ステージ"),
                org.assertj.core.groups.Tuple.tuple(5, "単年度予算額（千円）"),
                org.assertj.core.groups.Tuple.tuple(5, "採択日"),
                org.assertj.core.groups.Tuple.tuple(6, ""));
        assertThat(problem(result, 3, "重点分野").messageEn()).contains("\"7\"").contains("allowed");
        assertThat(problem(result, 3, "単年度予算額（千円）").messageJa()).contains("整数ではありません");
        assertThat(problem(result, 4, "").messageEn()).contains("before the stage at adoption");
        assertThat(problem(result, 6, "").messageEn()).contains("row 2");
        assertThat(result.problems()).noneMatch(found -> found.row() == 2);
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

    private static ImportProblem problem(ImportResult<?> result, int row, String column) {
        return result.problems().stream().filter(found -> found.row() == row && found.column().equals(column))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at row " + row + " " + column + ": " + result.problems()));
    }
}

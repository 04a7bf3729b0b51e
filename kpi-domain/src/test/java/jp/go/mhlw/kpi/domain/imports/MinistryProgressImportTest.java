package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

class MinistryProgressImportTest {

    private final MinistryProgressImport ministry = new MinistryProgressImport();

    private static MinistryProgressContent report() {
        List<GoalProgress> goals = new ArrayList<>(SubmissionFixtures.ministryReport().goals());
        goals.add(new GoalProgress(10, "参照国は増えている。\n二行目。", Map.of(ProgressFigure.REFERENCE_COUNTRIES,
                new BigDecimal(4))));
        return new MinistryProgressContent(goals);
    }

    @Test
    void aFilledInWorkbookReadsBackAsTheSameReportItsBlankGoalsLeftOut() {
        MinistryProgressContent report = report();
        byte[] workbook = ImportTemplate.xlsx(ministry, FilledFrom.DRAFT.note("2024-05-01 10:00"), ministry.rows(report));

        ImportResult<MinistryProgressContent> result = ministry.readReport(new UploadedFile("progress.xlsx", workbook));

        assertThat(result.problems()).isEmpty();
        MinistryProgressContent read = result.records().get(0);
        assertThat(read.goals()).extracting(GoalProgress::goal).containsExactly(8, 10);
        for (GoalProgress goal : report.goals()) {
            GoalProgress back = read.goal(goal.goal()).orElseThrow();
            assertThat(back.narrative()).isEqualTo(goal.narrative());
            assertThat(back.figures().keySet()).isEqualTo(goal.figures().keySet());
            goal.figures().forEach((figure, value) -> assertThat(back.figure(figure)).isEqualByComparingTo(value));
        }
    }

    @Test
    void everyGoalAndFigureHasItsRowInTheTemplate() {
        List<List<Object>> rows = ministry.rows(new MinistryProgressContent(List.of()));

        assertThat(rows).hasSize(ProgressFigure.MINISTRY_GOALS.size() + ProgressFigure.values().length);
        assertThat(rows.get(0)).containsExactly(4, "進捗状況", null);
        assertThat(rows).anySatisfy(row -> assertThat(row).containsExactly(8, "デバイス・ラグ", null, "年"));
        byte[] empty = ImportTemplate.xlsx(ministry, null, rows);
        assertThat(ministry.readReport(new UploadedFile("progress.xlsx", empty)).records())
                .containsExactly(new MinistryProgressContent(List.of()));
    }

    @Test
    void badValuesAreProblemsAtTheirRowAndColumnAndNothingIsTaken() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(ministry, null, ministry.rows(report())), book -> {
            Sheet sheet = book.getSheetAt(0);
            Row deviceLag = row(sheet, "デバイス・ラグ");
            deviceLag.getCell(2).setCellValue("1.255");
            row(sheet, "新医療機器の承認件数").getCell(2).setCellValue(-1);
            row(sheet, "プログラム医療機器の相談件数").getCell(0).setCellValue(9);
            row(sheet, "日本を参照国とする国の数").getCell(0).setCellValue(7);
        });

        ImportResult<MinistryProgressContent> result = ministry.readReport(new UploadedFile("progress.xlsx", workbook));

        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::column).containsExactly("値", "値", "項目", "ゴール");
        assertThat(result.problems().get(0).messageEn()).contains("At most 2 decimals");
        assertThat(result.problems().get(2).messageJa()).contains("「プログラム医療機器の相談件数」はゴール8の数値です");
        assertThat(result.problems()).extracting(ImportProblem::row).isSorted();
    }

    @Test
    void aCsvOfTheSameColumnsIsReadTooWithADuplicateItemAsAProblem() {
        String csv = "ゴール,項目,値\n8,進捗状況,説明\n8,Device lag,-0.5\n8,DEVICE_LAG,1\n";

        ImportResult<MinistryProgressContent> result = ministry.readReport(new UploadedFile("progress.csv",
                csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(result.problems()).extracting(ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple(4, "項目"));
        ImportResult<MinistryProgressContent> fixed = ministry.readReport(new UploadedFile("progress.csv",
                csv.replace("8,DEVICE_LAG,1\n", "").getBytes(StandardCharsets.UTF_8)));
        assertThat(fixed.records().get(0).goal(8).orElseThrow().figure(ProgressFigure.DEVICE_LAG))
                .isEqualByComparingTo("-0.5");
    }

    private static Row row(Sheet sheet, String item) {
        for (Row row : sheet) {
            if (row.getCell(1) != null && row.getCell(1).toString().equals(item)) {
                return row;
            }
        }
        throw new AssertionError("no row " + item);
    }
}

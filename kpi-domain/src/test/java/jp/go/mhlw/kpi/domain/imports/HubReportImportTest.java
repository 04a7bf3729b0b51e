package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.go.mhlw.kpi.domain.computation.Platform;
import jp.go.mhlw.kpi.domain.computation.Stage;
import jp.go.mhlw.kpi.domain.computation.TrainingCategory;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.JointResearchInput;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import jp.go.mhlw.kpi.domain.model.submission.SurveyQuestion;
import jp.go.mhlw.kpi.domain.model.submission.TrainingCourseInput;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.Test;

class HubReportImportTest {

    private final HubReportImport hub = new HubReportImport();

    /** A report with every part filled: blank amounts, a course with participants per category and one without survey. */
    private static HubReportContent report() {
        HubReportContent fixture = SubmissionFixtures.hubReport();
        TrainingCourseInput split = new TrainingCourseInput("臨床研究コーディネーター研修",
                Set.of(TrainingCategory.COORDINATORS, TrainingCategory.OTHER), 30,
                Map.of(TrainingCategory.COORDINATORS, 25, TrainingCategory.OTHER, 5), null);
        List<TrainingCourseInput> courses = new java.util.ArrayList<>(fixture.courses());
        courses.add(split);
        return new HubReportContent(fixture.jointResearch(), fixture.cooperationWithOtherHubs(),
                fixture.internationalTrialInfrastructure(), fixture.platforms(), courses);
    }

    private static UploadedFile file(byte[] content) {
        return new UploadedFile("hub-report.xlsx", content);
    }

    @Test
    void aFilledInWorkbookReadsBackAsTheSameReport() {
        HubReportContent report = report();
        byte[] workbook = ImportTemplate.xlsx(hub, FilledFrom.LAST_YEAR.note("R5"), report);

        ImportResult<HubReportContent> result = hub.read(file(workbook));

        assertThat(result.problems()).isEmpty();
        assertThat(result.records()).containsExactly(report);
    }

    @Test
    void theEmptyTemplateReadsAsAnEmptyReport() {
        ImportResult<HubReportContent> result = hub.read(file(ImportTemplate.xlsx(hub, null, HubReportContent.empty())));

        assertThat(result.problems()).isEmpty();
        HubReportContent read = result.records().get(0);
        assertThat(read.jointResearchAt(Stage.BASIC)).isEqualTo(JointResearchInput.blank());
        assertThat(read.platforms()).as("every platform written as いいえ").isEmpty();
        assertThat(read).isEqualTo(HubReportContent.empty());
    }

    @Test
    void theWorkbookNamesTheAcceptedValuesOfEachColumn() {
        byte[] workbook = ImportTemplate.xlsx(hub, FilledFrom.DRAFT.note("2024-05-01"), report());

        Workbooks.read(workbook, book -> {
            assertThat(book.getSheet("共同研究").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("# 現在の下書きの内容を記入済み（2024-05-01 保存）");
            assertThat(book.getSheet("共同研究").getRow(2).getCell(0).getStringCellValue()).isEqualTo("基礎研究");
            Sheet help = book.getSheet("説明 (Instructions)");
            StringBuilder text = new StringBuilder();
            help.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('|')));
            assertThat(text).contains("共同研究|段階|Stage|必須 / required|1 基礎研究, 2 製品開発・開発研究・応用研究・開発(応用), "
                    + "3 非臨床・非臨床試験, 4 臨床|");
            assertThat(text).contains("研修コース|対象区分|Categories|任意 / optional|1 医療従事者育成研修, 2 企業人材研修");
            assertThat(text).contains("問6-1 満足度: 100%（人）|Q6-1 Satisfaction");
        });
    }

    @Test
    void categoriesAreReadByNumberOrNameAndPlatformsByMarkOrName() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(hub, null, report()), book -> {
            Sheet courses = book.getSheet("研修コース");
            courses.getRow(1).getCell(1).setCellValue("1、企業人材研修 ５");
            Sheet items = book.getSheet("連携・プラットフォーム");
            items.getRow(3).getCell(0).setCellValue("AIを用いた医療機器等の研究開発のためのデータ利活用基盤");
            items.getRow(3).getCell(1).setCellValue("○");
            items.getRow(4).getCell(1).setCellValue("×");
            items.getRow(5).getCell(1).setCellValue("1");
        });

        HubReportContent read = hub.read(file(workbook)).records().get(0);

        assertThat(read.courses().get(0).categories()).containsExactlyInAnyOrder(
                TrainingCategory.HEALTHCARE_PROFESSIONALS, TrainingCategory.INDUSTRY, TrainingCategory.AI);
        assertThat(read.platforms()).containsExactlyInAnyOrder(Platform.AI_DATA_USE,
                Platform.PARTS_MATERIALS_AND_MANUFACTURING);
    }

    @Test
    void everyBadCellOfEverySheetIsAProblemAtItsSheetRowAndColumnAndNothingIsTaken() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(hub, null, report()), book -> {
            Sheet stages = book.getSheet("共同研究");
            stages.getRow(1).getCell(1).setCellValue(-3);
            stages.getRow(3).getCell(0).setCellValue("上市");
            Sheet items = book.getSheet("連携・プラットフォーム");
            items.getRow(3).getCell(1).setCellValue("たぶん");
            Sheet courses = book.getSheet("研修コース");
            courses.getRow(1).getCell(1).setCellValue("1, 7");
            courses.getRow(2).getCell(2).setCellValue("七十一");
        });

        ImportResult<HubReportContent> result = hub.read(file(workbook));

        assertThat(result.isAccepted()).isFalse();
        assertThat(result.records()).isEmpty();
        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(
                        tuple("共同研究", 2, "件数"),
                        tuple("共同研究", 4, "段階"),
                        tuple("連携・プラットフォーム", 4, "値"),
                        tuple("研修コース", 2, "対象区分"),
                        tuple("研修コース", 3, "受入実績（人）"));
        assertThat(result.problems().get(1).messageJa()).contains("使用できない値です（値: 上市）", "4 臨床");
        assertThat(result.problems().get(3).messageEn()).contains("7");
    }

    @Test
    void surveyAnswersForACourseNotMarkedAsSurveyedAreAProblem() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(hub, null, report()), book -> {
            Sheet courses = book.getSheet("研修コース");
            // the second course has no survey: an answer count is given anyway
            int satisfaction = 3 + TrainingCategory.values().length + 2
                    + (List.of(SurveyQuestion.values()).stream().mapToInt(SurveyQuestion::optionCount).sum() - 5);
            courses.getRow(2).createCell(satisfaction).setCellValue(4);
        });

        ImportResult<HubReportContent> result = hub.read(file(workbook));

        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple("研修コース", 3, "受講者アンケートあり"));
        assertThat(result.problems().get(0).messageEn()).contains("\"Participant survey\" is not yes");
    }

    @Test
    void aRenamedHeaderIsAProblemRatherThanItsValuesLost() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(hub, null, report()), book ->
                book.getSheet("研修コース").getRow(0).getCell(10).setCellValue("回答者"));

        ImportResult<HubReportContent> result = hub.read(file(workbook));

        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple("研修コース", 1, "回答者"));
        assertThat(result.problems().get(0).messageEn()).contains("The template has no column \"回答者\"");
    }

    @Test
    void aDuplicateStageAndAMissingSheetAreProblems() {
        byte[] workbook = Workbooks.edit(ImportTemplate.xlsx(hub, null, report()), book -> {
            book.getSheet("共同研究").getRow(2).getCell(0).setCellValue("1");
            book.removeSheetAt(book.getSheetIndex("研修コース"));
        });

        ImportResult<HubReportContent> result = hub.read(file(workbook));

        assertThat(result.problems()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column)
                .containsExactly(tuple("共同研究", 3, "段階"), tuple("研修コース", 0, ""));
        assertThat(result.problems().get(0).messageEn()).contains("the same stage is already in row 2");
        assertThat(result.problems().get(1).messageJa()).contains("シート「研修コース」がありません");
    }

    @Test
    void aCsvOrARenamedFileIsRefusedBeforeAnythingIsRead() {
        ImportResult<HubReportContent> csv = hub.read(new UploadedFile("hub.csv",
                "段階,件数\n基礎研究,1\n".getBytes(StandardCharsets.UTF_8)));
        ImportResult<HubReportContent> renamed = hub.read(new UploadedFile("hub.xlsx",
                "段階,件数\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(csv.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isZero();
            assertThat(problem.messageEn()).contains("Excel (.xlsx) workbook");
        });
        assertThat(renamed.problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageEn()).contains("not an .xlsx workbook"));
    }
}

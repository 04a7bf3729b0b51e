package jp.go.mhlw.kpi.web.view.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A screen's table as CSV and as a workbook. */
class TableExportTest {

    record Body(String name, String code, int reminders) {
    }

    private static final List<Body> BODIES = List.of(new Body("広島大学", "HUB-HIROSHIMA", 2),
            new Body("=HYPERLINK(\"http://x\")", "-1+1", -3), new Body("a, \"b\"\nc", "@SUM(A1)", 0));

    private static Table bodies(Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle("jp.go.mhlw.kpi.web.messages", locale);
        return Table.<Body>columns(bundle::getString).column("cycle.body", Body::name)
                .column("cycle.reminders", Body::reminders).of("cycle-bodies", BODIES);
    }

    @Test
    void theCsvStartsWithAByteOrderMarkAndEndsEachLineWithCrlf() {
        byte[] csv = TableExport.csv(bodies(Locale.JAPANESE));
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF機関,催促回数\r\n広島大学,2\r\n");
        assertThat(text.split("\r\n", -1)).hasSize(BODIES.size() + 2);
    }

    @Test
    void theHeadingsAreInTheReadersLanguage() {
        assertThat(bodies(Locale.JAPANESE).headings()).containsExactly("機関", "催促回数");
        assertThat(bodies(Locale.ENGLISH).headings()).containsExactly("Body", "Reminders");
        assertThat(new String(TableExport.csv(bodies(Locale.ENGLISH)), StandardCharsets.UTF_8))
                .startsWith("\uFEFFBody,Reminders\r\n");
    }

    @Test
    void cellsWithCommasQuotesOrLineBreaksAreQuoted() {
        assertThat(TableExport.CSV.cell("a, \"b\"\nc")).isEqualTo("\"a, \"\"b\"\"\nc\"");
        assertThat(TableExport.CSV.cell("plain")).isEqualTo("plain");
        assertThat(TableExport.CSV.cell(null)).isEmpty();
    }

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsKeptAsText() {
        assertThat(TableExport.CSV.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(TableExport.CSV.cell("+81 3")).isEqualTo("'+81 3");
        assertThat(TableExport.CSV.cell("-1+1")).isEqualTo("'-1+1");
        assertThat(TableExport.CSV.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(TableExport.CSV.cell("\tcmd")).isEqualTo("'\tcmd");
        assertThat(TableExport.CSV.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(TableExport.CSV.cell("-3")).as("a negative number stays a number").isEqualTo("-3");
        assertThat(TableExport.CSV.cell("12.5")).isEqualTo("12.5");
    }

    @Test
    void theWorkbookReadsBackWithTheHeadingsTheCellsAndNumbersAsNumbers() throws IOException {
        byte[] xlsx = TableExport.xlsx(bodies(Locale.ENGLISH));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("cycle-bodies");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Body");
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Reminders");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("広島大学");
            assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(2.0);
            assertThat(sheet.getRow(2).getCell(0).getCellType()).as("never a formula").isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(-3.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(BODIES.size());
        }
    }

    @Test
    void aCodeWithLeadingZerosStaysTextInTheWorkbook() throws IOException {
        Table codes = new Table("codes", List.of("code"), List.of(List.of("0012")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(TableExport.xlsx(codes)))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("0012");
        }
    }

    @Test
    void theDownloadIsNamedAfterTheTableAndTheFormat() {
        assertThat(TableExport.download(bodies(Locale.JAPANESE), TableExport.Format.CSV).getName())
                .isEqualTo("cycle-bodies.csv");
        assertThat(TableExport.download(bodies(Locale.JAPANESE), TableExport.Format.XLSX).getContentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    @Test
    void aPagedQueryIsReadPageAfterPageUpToTheLimit() {
        List<String> asked = new java.util.ArrayList<>();
        List<Integer> rows = TableExport.pages((first, size) -> {
            asked.add(first + "+" + size);
            return java.util.stream.IntStream.range(first, Math.min(first + size, 25)).boxed().toList();
        }, 10);
        assertThat(rows).hasSize(25).startsWith(0, 1).endsWith(24);
        assertThat(asked).containsExactly("0+10", "10+10", "20+10");

        List<Integer> endless = TableExport.pages((first, size) -> java.util.Collections.nCopies(size, first), 3000);
        assertThat(endless).as("never more than the limit").hasSize(TableExport.MAX_ROWS);
    }
}

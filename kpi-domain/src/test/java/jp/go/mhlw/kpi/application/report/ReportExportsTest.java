package jp.go.mhlw.kpi.application.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.report.CycleReport;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.MissingFigure;
import jp.go.mhlw.kpi.domain.model.report.MissingState;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The downloads of a published R5 report made from the printed R4/R5 figures, read back as a user's tools would. */
class ReportExportsTest extends JpaTestSupport {

    private PublishedReport report;

    @BeforeEach
    void publishR5() {
        FollowUpCycle r4 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2022)).orElseThrow();
        FollowUpCycle r5 = cycles().find("PLAN-2", JapaneseFiscalYear.of(2023)).orElseThrow();
        OffsetDateTime at = OffsetDateTime.parse("2024-03-20T10:00:00+09:00");
        publishedFigures().findByCycle(r4).forEach(f -> kpiValues().store(f.toKpiValue(at)));
        publishedFigures().findByCycle(r5).forEach(f -> kpiValues().store(f.toKpiValue(at)));
        CycleReport draft = CycleReport.draft(r5, Map.of(4, "非臨床評価系の構築を継続した。"),
                List.of(new MissingBody("HUB-OITA", "大分大学", MissingState.CLOSED)), "secretariat1", at);
        draft.recordReview(LocalDate.of(2024, 3, 15), "目標案を了承");
        draft.published();
        report = PublishedReport.next(Optional.empty(), draft,
                ReportLines.of(kpiValues().findByCycle(r5), kpiValues().findByCycle(r4)),
                List.of(new MissingFigure(9, "G9-NOVEL-ITEM-LISTINGS", "新規性の高い品目（B3・C1・C2区分）の収載件数",
                        "Listings of highly novel items (B3, C1, C2)", "保険局医療課の進捗報告が未承認",
                        "the insurance division's report is not approved")),
                "secretariat1", at);
    }

    @Test
    void csvHasOneRowPerValueWithFullPrecisionAndThePrintedFigure() {
        String csv = new String(ReportExports.csv(report), StandardCharsets.UTF_8);
        List<String> rows = csv.lines().toList();

        assertThat(csv).doesNotStartWith("\uFEFF").contains("\r\n");
        assertThat(rows.get(0)).isEqualTo("plan,fiscal_year,kpi_code,kpi_name_ja,kpi_name_en,breakdown,value,printed,"
                + "unit,previous_printed,normalisation,version");
        assertThat(rows).hasSize(report.getLines().size() + 1);
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("PLAN-2,FY2023,G2-VENTURE-SHARE,")
                .contains(",TOTAL,13.3,13.3%,PERCENT,7.5%,,1"));
        // a point change keeps its sign as a number, not as text
        assertThat(rows).anySatisfy(row -> assertThat(row).contains("G2-VENTURE-SHARE").contains(",5.8,+5.8 pt,"));
        assertThat(ReportExports.fileName(report, "csv")).isEqualTo("kpi-report-PLAN-2-FY2023-v1.csv");
    }

    @Test
    void csvCellsAreQuotedAndFormulasDefused() {
        assertThat(ReportExports.CSV.cell("a,b")).isEqualTo("\"a,b\"");
        assertThat(ReportExports.CSV.cell("say \"x\"")).isEqualTo("\"say \"\"x\"\"\"");
        assertThat(ReportExports.CSV.cell("=HYPERLINK(1)")).isEqualTo("'=HYPERLINK(1)");
        assertThat(ReportExports.CSV.cell("-1.5")).isEqualTo("-1.5");
        assertThat(ReportExports.fullPrecision(new java.math.BigDecimal("594.0000000000000000"))).isEqualTo("594");
        assertThat(ReportExports.fullPrecision(new java.math.BigDecimal("13.2812500000000000"))).isEqualTo("13.28125");
    }

    @Test
    void workbookReadsBackWithTheFiguresAndTheReportFacts() throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(ReportExports.workbook(report)))) {
            Sheet figures = workbook.getSheet("KPI");
            assertThat(figures.getLastRowNum()).isEqualTo(report.getLines().size());
            Row venture = null;
            for (Row row : figures) {
                if (row.getRowNum() > 0 && row.getCell(1).getStringCellValue().equals("G2-VENTURE-SHARE")
                        && row.getCell(7).getStringCellValue().equals("PERCENT")) {
                    venture = row;
                }
            }
            assertThat(venture).isNotNull();
            assertThat(venture.getCell(2).getStringCellValue()).isEqualTo(report.getLines().stream()
                    .filter(l -> l.getKpiCode().equals("G2-VENTURE-SHARE")).findFirst().orElseThrow().getNameJa());
            assertThat(venture.getCell(5).getNumericCellValue()).isEqualTo(13.3);
            assertThat(venture.getCell(6).getStringCellValue()).isEqualTo("13.3%");
            assertThat(venture.getCell(8).getStringCellValue()).isEqualTo("7.5%");
            Sheet about = workbook.getSheetAt(1);
            assertThat(about.getRow(2).getCell(1).getStringCellValue()).isEqualTo("1");
            StringBuilder all = new StringBuilder();
            about.forEach(row -> row.forEach(cell -> all.append(cell.getStringCellValue()).append('|')));
            assertThat(all).contains("大分大学", "非臨床評価系の構築を継続した。", "目標案を了承");
            // a missing body with where its request stood, in both languages
            assertThat(all).contains("HUB-OITA|大分大学|締切（未提出） / closed as missing|");
            // a ministry KPI without a value: its reason, in both languages, and no row among the figures
            assertThat(all).contains("G9-NOVEL-ITEM-LISTINGS|", "保険局医療課の進捗報告が未承認 / the insurance division's");
            for (Row row : figures) {
                assertThat(row.getCell(1).getStringCellValue()).isNotEqualTo("G9-NOVEL-ITEM-LISTINGS");
            }
        }
    }

    @Test
    void pdfCarriesTheJapaneseTextInAnEmbeddedSubsetFont() throws Exception {
        byte[] pdf = ReportExports.pdf(report);
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page));
        }
        reader.close();

        assertThat(text).contains("令和5年度", "第1版", "13.3%", "7.5%", "大分大学（締切（未提出））", "非臨床評価系の構築を継続した。",
                "保険局医療課の進捗報告が未承認");
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        // the font travels with the document, as a subset ("ABCDEF+" prefix), so no reader needs it installed
        assertThat(raw).containsPattern("/BaseFont\\s*/[A-Z]{6}\\+BIZUDPGothic");
        assertThat(raw).contains("/FontFile2");
        assertThat(pdf.length).isLessThan(1_000_000);
    }
}

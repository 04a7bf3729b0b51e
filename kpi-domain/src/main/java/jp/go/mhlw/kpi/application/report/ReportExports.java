package jp.go.mhlw.kpi.application.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.MissingFigure;
import jp.go.mhlw.kpi.domain.model.report.PublishedLine;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.shared.Csv;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A published report version as downloads: open-data CSV (UTF-8, one row per KPI value), an Excel workbook and a
 * PDF. All three are made from the frozen version alone, so a download never differs from the page. A download has
 * no reader's language: the workbook's headings say each thing in Japanese and English, the PDF is in Japanese like
 * the committee's material; all headings come from the domain bundle.
 */
public final class ReportExports {

    /** The CSV's columns, in order. */
    public static final String[] CSV_HEADER = {"plan", "fiscal_year", "kpi_code", "kpi_name_ja", "kpi_name_en",
        "breakdown", "value", "printed", "unit", "previous_printed", "normalisation", "version"};

    /** Subset-embedded in every PDF: BIZ UDPGothic (SIL Open Font License 1.1), shipped in this module. */
    static final String FONT = "/fonts/BIZUDPGothic-Regular.ttf";

    /**
     * The open data's cells: a text cell that a spreadsheet would run as a formula is kept as text; numbers (also
     * negative) and printed point changes ("+5.8 pt", "-0.4 pt") stay as they are.
     */
    static final Csv CSV = Csv.keeping(Pattern.compile("[-+]?\\d+(\\.\\d+)?( pt)?"));

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ReportExports() {
    }

    /** "kpi-report-PLAN-2-FY2023-v2" and the format's extension. */
    public static String fileName(PublishedReport report, String extension) {
        return "kpi-report-" + CycleKeys.of(report.getCycle()) + "-v" + report.getVersionNumber() + "." + extension;
    }

    // ---- CSV (RFC 4180, UTF-8 without BOM, CRLF)

    public static byte[] csv(PublishedReport report) {
        StringBuilder out = new StringBuilder(CSV.line(CSV_HEADER));
        String plan = report.getCycle().getPlan().getCode();
        String year = report.getCycle().getFiscalYear().westernName();
        String version = String.valueOf(report.getVersionNumber());
        for (PublishedLine line : report.getLines()) {
            out.append(CSV.line(plan, year, line.getKpiCode(), line.getNameJa(), line.getNameEn(), line.getBreakdown(),
                    fullPrecision(line.getValue()), line.getPrinted(), line.getUnit().name(), line.getPreviousPrinted(),
                    line.getNormalisation(), version));
        }
        return Csv.utf8(out, false);
    }

    /** The stored value without trailing zeros: 13.28125, 594, 24.7311827956989247. */
    public static String fullPrecision(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    // ---- Excel

    public static byte[] workbook(PublishedReport report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            org.apache.poi.ss.usermodel.Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);

            Sheet figures = workbook.createSheet("KPI");
            Row header = figures.createRow(0);
            String[] titles = {bilingual("reportExport.column.goal"), bilingual("reportExport.column.kpiCode"), "KPI",
                "KPI (English)", bilingual("reportExport.column.breakdown"), bilingual("reportExport.column.value"),
                bilingual("reportExport.column.printed"), bilingual("reportExport.column.unit"),
                bilingual("reportExport.column.previous"), bilingual("reportExport.column.normalisation"),
                bilingual("reportExport.column.formula")};
            for (int i = 0; i < titles.length; i++) {
                header.createCell(i).setCellValue(titles[i]);
                header.getCell(i).setCellStyle(bold);
            }
            int rowNumber = 1;
            for (PublishedLine line : report.getLines()) {
                Row row = figures.createRow(rowNumber++);
                row.createCell(0).setCellValue(line.getGoalNumber());
                row.createCell(1).setCellValue(line.getKpiCode());
                row.createCell(2).setCellValue(line.getNameJa());
                row.createCell(3).setCellValue(line.getNameEn());
                row.createCell(4).setCellValue(line.getBreakdown());
                // a double for charts and sums; the CSV carries the exact decimal
                row.createCell(5).setCellValue(line.getValue().doubleValue());
                row.createCell(6).setCellValue(line.getPrinted());
                row.createCell(7).setCellValue(line.getUnit().name());
                row.createCell(8).setCellValue(line.getPreviousPrinted());
                row.createCell(9).setCellValue(line.getNormalisation());
                row.createCell(10).setCellValue(line.getFormula());
            }
            figures.createFreezePane(0, 1);
            for (int i = 0; i < 9; i++) {
                figures.autoSizeColumn(i);
            }

            Sheet about = workbook.createSheet(Texts.text(Texts.JAPANESE, "reportExport.sheet.report") + " ("
                    + Texts.text(Texts.ENGLISH, "reportExport.sheet.report") + ")");
            String[][] facts = {
                {bilingual("reportExport.fact.plan"), report.getCycle().getPlan().getNameJa()},
                {bilingual("reportExport.fact.fiscalYear"), report.getCycle().getDisplayName()},
                {bilingual("reportExport.fact.version"), String.valueOf(report.getVersionNumber())},
                {bilingual("reportExport.fact.published"), DATE_TIME.format(report.getPublishedAt())},
                {bilingual("reportExport.fact.meeting"),
                    report.getMeetingDate() == null ? "" : report.getMeetingDate().toString()},
                {bilingual("reportExport.fact.decisions"), report.getDecisions()},
                {bilingual("reportExport.fact.correction"), report.getCorrectionReason()},
                {bilingual("reportExport.fact.status"),
                    bilingual(report.isSuperseded() ? "reportExport.status.superseded"
                            : "reportExport.status.current")},
            };
            int aboutRow = 0;
            for (String[] fact : facts) {
                Row row = about.createRow(aboutRow++);
                row.createCell(0).setCellValue(fact[0]);
                row.getCell(0).setCellStyle(bold);
                row.createCell(1).setCellValue(fact[1]);
            }
            aboutRow++;
            about.createRow(aboutRow++).createCell(0).setCellValue(bilingual("reportExport.missingBodies"));
            for (MissingBody body : report.getMissingBodies()) {
                Row row = about.createRow(aboutRow++);
                row.createCell(0).setCellValue(body.getOrganisationCode());
                row.createCell(1).setCellValue(body.getNameJa());
                body.state().ifPresent(state -> row.createCell(2).setCellValue(
                        state.label(Texts.JAPANESE) + " / " + state.label(Texts.ENGLISH)));
            }
            aboutRow++;
            about.createRow(aboutRow++).createCell(0).setCellValue(bilingual("reportExport.missingFigures"));
            for (MissingFigure figure : report.getMissingFigures()) {
                Row row = about.createRow(aboutRow++);
                row.createCell(0).setCellValue(figure.getKpiCode());
                row.createCell(1).setCellValue(figure.getNameJa() + " / " + figure.getNameEn());
                row.createCell(2).setCellValue(figure.getReasonJa() + " / " + figure.getReasonEn());
            }
            aboutRow++;
            for (Map.Entry<Integer, String> narrative : report.getNarratives().entrySet()) {
                Row row = about.createRow(aboutRow++);
                row.createCell(0).setCellValue(
                        bilingual("reportExport.goalNumber", String.valueOf(narrative.getKey())));
                row.createCell(1).setCellValue(narrative.getValue());
            }
            about.autoSizeColumn(0);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook of " + report, e);
        }
    }

    // ---- PDF

    public static byte[] pdf(PublishedReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 28, 28, 28, 28);
        try {
            PdfWriter.getInstance(document, out);
            BaseFont base = japaneseFont();
            Font title = new Font(base, 14);
            Font text = new Font(base, 9);
            Font small = new Font(base, 7);
            document.addTitle(report.getCycle().getPlan().getNameJa() + " " + report.getCycle().getDisplayName());
            document.open();
            document.add(new Paragraph(japanese("reportExport.pdf.title", report.getCycle().getPlan().getNameJa(),
                    report.getCycle().getDisplayName(), String.valueOf(report.getVersionNumber())), title));
            document.add(new Paragraph(japanese("reportExport.pdf.published", DATE_TIME.format(report.getPublishedAt()))
                    + (report.getMeetingDate() == null ? ""
                            : japanese("reportExport.pdf.meeting", report.getMeetingDate().toString()))
                    + (report.isSuperseded() ? japanese("reportExport.pdf.superseded") : ""), text));
            if (!report.getCorrectionReason().isEmpty()) {
                document.add(new Paragraph(japanese("reportExport.pdf.correction", report.getCorrectionReason()),
                        text));
            }
            if (!report.getDecisions().isEmpty()) {
                document.add(new Paragraph(japanese("reportExport.pdf.decisions", report.getDecisions()), text));
            }
            document.add(new Paragraph(" ", text));

            PdfPTable table = new PdfPTable(new float[] {5, 22, 12, 9, 9, 18});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String heading : new String[] {japanese("reportExport.column.goal"), "KPI",
                japanese("reportExport.column.breakdown"), japanese("reportExport.column.printed"),
                japanese("reportExport.column.previous"), japanese("reportExport.column.normalisation")}) {
                PdfPCell cell = new PdfPCell(new Phrase(heading, text));
                cell.setGrayFill(0.9f);
                table.addCell(cell);
            }
            for (PublishedLine line : report.getLines()) {
                table.addCell(new Phrase(String.valueOf(line.getGoalNumber()), text));
                table.addCell(new Phrase(line.getNameJa(), text));
                table.addCell(new Phrase(line.getBreakdown(), small));
                PdfPCell printed = new PdfPCell(new Phrase(line.getPrinted(), text));
                printed.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(printed);
                PdfPCell previous = new PdfPCell(new Phrase(line.getPreviousPrinted(), text));
                previous.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(previous);
                table.addCell(new Phrase(line.getNormalisation(), small));
            }
            document.add(table);

            if (!report.getMissingBodies().isEmpty()) {
                String bodies = report.getMissingBodies().stream().map(ReportExports::missingBodyJa)
                        .collect(Collectors.joining(japanese("reportExport.separator")));
                document.add(new Paragraph(japanese("reportExport.pdf.missingBodies", bodies), text));
            }
            for (MissingFigure figure : report.getMissingFigures()) {
                document.add(new Paragraph(japanese("reportExport.pdf.missingFigure",
                        String.valueOf(figure.getGoalNumber()), figure.getNameJa(), figure.getReasonJa()), text));
            }
            for (Map.Entry<Integer, String> narrative : report.getNarratives().entrySet()) {
                document.add(new Paragraph(japanese("reportExport.pdf.goal", String.valueOf(narrative.getKey()),
                        narrative.getValue()), text));
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("could not write the PDF of " + report, e);
        }
    }

    /** A heading in both languages, "ゴール / Goal", as the workbook's readers may read either. */
    private static String bilingual(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments) + " / " + Texts.text(Texts.ENGLISH, key, arguments);
    }

    /** "大分大学（締切（未提出））": the body and where its request stood, when that was recorded. */
    private static String missingBodyJa(MissingBody body) {
        return body.state().map(state -> japanese("reportExport.pdf.missingBody", body.getNameJa(), state))
                .orElse(body.getNameJa());
    }

    private static String japanese(String key, Object... arguments) {
        return Texts.text(Texts.JAPANESE, key, arguments);
    }

    /** The font from this module's resources, subset-embedded (Identity-H): nothing is taken from the OS. */
    static BaseFont japaneseFont() {
        try (InputStream in = ReportExports.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(FONT + " is missing from the application");
            }
            byte[] font = in.readAllBytes();
            return BaseFont.createFont("BIZUDPGothic-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, font,
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.go.mhlw.kpi.web.view.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.regex.Pattern;
import jp.go.mhlw.kpi.domain.shared.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * A screen's table as a download, CSV or Excel, made from the rows the screen shows. The CSV is the audit trail's kind
 * (RFC 4180, UTF-8 with a byte order mark so that Excel in Japan reads it as UTF-8, CRLF); a text cell that a
 * spreadsheet would run as a formula is kept as text in both formats.
 */
public final class TableExport {

    /** The two formats, with their extension and content type. */
    public enum Format {
        CSV("csv", "text/csv; charset=UTF-8"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        private final String extension;
        private final String contentType;

        Format(String extension, String contentType) {
            this.extension = extension;
            this.contentType = contentType;
        }

        public String extension() {
            return extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /**
     * The CSV's cells: one starting with = + - @ (or a tab or CR) gets a leading apostrophe; a plain number, negative
     * ones too, stays as it is.
     */
    static final Csv CSV = Csv.keeping(Csv.PLAIN_NUMBER);

    /** A number Excel may hold as one: no leading zero (a code such as "0012" stays text), at most 15 digits. */
    private static final Pattern EXCEL_NUMBER = Pattern.compile("-?(0|[1-9]\\d{0,14})(\\.\\d{1,6})?");

    /** The most rows a download holds: a screen's table is for reading, bulk data goes through the API. */
    public static final int MAX_ROWS = 10_000;

    private TableExport() {
    }

    /**
     * Every row of a paged query, page after page in the query's order, up to {@link #MAX_ROWS}: {@code page} takes
     * the first row's index and the page's size.
     */
    public static <R> List<R> pages(java.util.function.BiFunction<Integer, Integer, List<R>> page, int pageSize) {
        List<R> rows = new java.util.ArrayList<>();
        while (rows.size() < MAX_ROWS) {
            int size = Math.min(pageSize, MAX_ROWS - rows.size());
            List<R> next = page.apply(rows.size(), size);
            rows.addAll(next);
            if (next.size() < size) {
                break;
            }
        }
        return rows;
    }

    /** The table as a file the browser downloads ({@code p:fileDownload}). */
    public static StreamedContent download(Table table, Format format) {
        byte[] content = format == Format.CSV ? csv(table) : xlsx(table);
        return DefaultStreamedContent.builder()
                .name(table.name() + "." + format.extension())
                .contentType(format.contentType())
                .contentLength((long) content.length)
                .writer(out -> {
                    try {
                        out.write(content);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public static byte[] csv(Table table) {
        StringBuilder out = new StringBuilder(CSV.line(table.headings()));
        table.rows().forEach(row -> out.append(CSV.line(row)));
        return Csv.utf8(out, true);
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            bold.setFont(boldFont);
            Sheet sheet = workbook.createSheet(WorkbookUtil.createSafeSheetName(table.name()));
            Row header = sheet.createRow(0);
            for (int i = 0; i < table.headings().size(); i++) {
                header.createCell(i).setCellValue(table.headings().get(i));
                header.getCell(i).setCellStyle(bold);
            }
            int rowNumber = 1;
            for (List<String> cells : table.rows()) {
                Row row = sheet.createRow(rowNumber++);
                for (int i = 0; i < cells.size(); i++) {
                    String value = cells.get(i);
                    // numbers as numbers, so that the reader may sum them; everything else as a string cell, which
                    // Excel never evaluates
                    if (EXCEL_NUMBER.matcher(value).matches()) {
                        row.createCell(i).setCellValue(Double.parseDouble(value));
                    } else {
                        row.createCell(i).setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook " + table.name(), e);
        }
    }
}

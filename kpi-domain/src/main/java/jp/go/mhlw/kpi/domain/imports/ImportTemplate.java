package jp.go.mhlw.kpi.domain.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.shared.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The downloadable templates of an import: the header row the import expects (on each data sheet of the hub report
 * workbook), and a sheet explaining each column; in .xlsx optionally filled with a body's figures below a note line.
 */
public final class ImportTemplate {

    /** A CSV line whose first cell starts with this is a comment: the template's notes, skipped by the import. */
    static final String COMMENT = "#";

    private ImportTemplate() {
    }

    public static byte[] xlsx(SpreadsheetImport<?> kind) {
        return xlsx(kind, null, List.of());
    }

    /**
     * The template filled in: a first line saying where the values come from (a comment the import skips; none when
     * null), the header row, then one row per record (cells in column order: text, numbers, dates; null is blank).
     */
    public static byte[] xlsx(SpreadsheetImport<?> kind, String note, List<List<Object>> rows) {
        Map<String, List<Column>> columns = new LinkedHashMap<>();
        columns.put(Vocabulary.word("template.sheet.data"), kind.columns());
        Map<String, List<List<Object>>> data = new LinkedHashMap<>();
        data.put(Vocabulary.word("template.sheet.data"), rows);
        return workbook(columns, note, data, false);
    }

    /** The hub report workbook filled with {@code report} (an empty report: the bare template). */
    public static byte[] xlsx(HubReportImport kind, String note, HubReportContent report) {
        return workbook(kind.sheets(), note, kind.rows(report), true);
    }

    private static byte[] workbook(Map<String, List<Column>> sheets, String note, Map<String, List<List<Object>>> rows,
            boolean namesSheets) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));

            for (Map.Entry<String, List<Column>> sheet : sheets.entrySet()) {
                List<Column> columns = sheet.getValue();
                Sheet data = workbook.createSheet(sheet.getKey());
                int headerIndex = 0;
                if (note != null) {
                    data.createRow(0).createCell(0).setCellValue(note);
                    headerIndex = 1;
                }
                Row headerRow = data.createRow(headerIndex);
                for (int i = 0; i < columns.size(); i++) {
                    headerRow.createCell(i).setCellValue(columns.get(i).headerJa());
                    headerRow.getCell(i).setCellStyle(header);
                    data.setColumnWidth(i, Math.min(255, Math.max(12, columns.get(i).headerJa().length() * 2 + 2)) * 256);
                }
                data.createFreezePane(0, headerIndex + 1);
                List<List<Object>> records = rows.getOrDefault(sheet.getKey(), List.of());
                for (int r = 0; r < records.size(); r++) {
                    Row row = data.createRow(headerIndex + 1 + r);
                    List<Object> values = records.get(r);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        if (value instanceof Number number) {
                            row.createCell(c).setCellValue(number.doubleValue());
                        } else if (value instanceof LocalDate date) {
                            row.createCell(c).setCellValue(date);
                            row.getCell(c).setCellStyle(dateStyle);
                        } else if (value != null) {
                            row.createCell(c).setCellValue(value.toString());
                        }
                    }
                }
            }

            Sheet help = workbook.createSheet(Vocabulary.word("template.sheet.help"));
            List<String> titles = new ArrayList<>();
            if (namesSheets) {
                titles.add(Vocabulary.word("template.help.sheet"));
            }
            titles.addAll(List.of(Vocabulary.word("template.help.column"), Vocabulary.word("template.help.english"),
                    Vocabulary.word("template.help.required"), Vocabulary.word("template.help.allowed")));
            Row titleRow = help.createRow(0);
            for (int i = 0; i < titles.size(); i++) {
                titleRow.createCell(i).setCellValue(titles.get(i));
                titleRow.getCell(i).setCellStyle(header);
            }
            int line = 1;
            for (Map.Entry<String, List<Column>> sheet : sheets.entrySet()) {
                for (Column column : sheet.getValue()) {
                    Row row = help.createRow(line++);
                    int c = 0;
                    if (namesSheets) {
                        row.createCell(c++).setCellValue(sheet.getKey());
                    }
                    row.createCell(c++).setCellValue(column.headerJa());
                    row.createCell(c++).setCellValue(column.headerEn());
                    row.createCell(c++).setCellValue(Vocabulary.word(column.required() ? "template.required"
                            : "template.optional"));
                    row.createCell(c).setCellValue(column.allowedValues());
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The CSV template in UTF-8 with a byte-order mark, so Excel opens it with the right encoding: comment lines with
     * the values each column accepts, then the header line.
     */
    public static byte[] csv(SpreadsheetImport<?> kind) {
        StringBuilder csv = new StringBuilder(Csv.quoted(Vocabulary.word("template.csv.comment"))).append(Csv.LINE_END);
        for (Column column : kind.columns()) {
            if (!column.allowedValues().isEmpty()) {
                csv.append(Csv.quoted(Vocabulary.word("template.csv.column", column.headerJa(), column.headerEn(),
                        column.allowedValues()))).append(Csv.LINE_END);
            }
        }
        String header = kind.columns().stream().map(column -> Csv.quoted(column.headerJa()))
                .collect(Collectors.joining(","));
        return Csv.utf8(csv.append(header).append(Csv.LINE_END), true);
    }
}

package jp.go.mhlw.kpi.domain.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.shared.Csv;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The downloadable templates of an import: the header row the import expects, and a sheet explaining each column. */
public final class ImportTemplate {

    /** A CSV line whose first cell starts with this is a comment: the template's notes, skipped by the import. */
    static final String COMMENT = "#";

    private ImportTemplate() {
    }

    public static byte[] xlsx(SpreadsheetImport<?> kind) {
        List<Column> columns = kind.columns();
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle header = workbook.createCellStyle();
            header.setFont(bold);

            Sheet data = workbook.createSheet(Vocabulary.word("template.sheet.data"));
            Row headerRow = data.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                headerRow.createCell(i).setCellValue(columns.get(i).headerJa());
                headerRow.getCell(i).setCellStyle(header);
                data.setColumnWidth(i, Math.min(255, Math.max(12, columns.get(i).headerJa().length() * 2 + 2)) * 256);
            }
            data.createFreezePane(0, 1);

            Sheet help = workbook.createSheet(Vocabulary.word("template.sheet.help"));
            String[] titles = {Vocabulary.word("template.help.column"), Vocabulary.word("template.help.english"),
                    Vocabulary.word("template.help.required"), Vocabulary.word("template.help.allowed")};
            Row titleRow = help.createRow(0);
            for (int i = 0; i < titles.length; i++) {
                titleRow.createCell(i).setCellValue(titles[i]);
                titleRow.getCell(i).setCellStyle(header);
            }
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i);
                Row row = help.createRow(i + 1);
                row.createCell(0).setCellValue(column.headerJa());
                row.createCell(1).setCellValue(column.headerEn());
                row.createCell(2).setCellValue(Vocabulary.word(column.required() ? "template.required" : "template.optional"));
                row.createCell(3).setCellValue(column.allowedValues());
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

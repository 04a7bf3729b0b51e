package jp.go.mhlw.kpi.domain.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an upload (.xlsx or .csv) into a {@link Table}, after checking its size and that its content is what
 * its name says (magic bytes), so a renamed or oversized file is refused before it is parsed.
 */
final class TableReader {

    /** A file that cannot be read at all; its problem is about the file, not a row. */
    static final class UnreadableFile extends Exception {
        private static final long serialVersionUID = 1L;
        final transient ImportProblem problem;

        UnreadableFile(String key, Object... arguments) {
            this(ImportProblem.ofFile(key, arguments));
        }

        private UnreadableFile(ImportProblem problem) {
            super(problem.messageEn());
            this.problem = problem;
        }
    }

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final Charset SHIFT_JIS = Charset.forName("Windows-31J");

    private TableReader() {
    }

    static Table read(UploadedFile file, ImportLimits limits) throws UnreadableFile {
        byte[] content = file.content();
        if (content.length == 0) {
            throw new UnreadableFile("import.file.empty");
        }
        List<ImportProblem> byNameAndSize = limits.checkNameAndSize(file.fileName(), content.length);
        if (!byNameAndSize.isEmpty()) {
            throw new UnreadableFile(byNameAndSize.get(0));
        }
        Table table = switch (file.extension()) {
            case "xlsx" -> readXlsx(content);
            case "csv" -> readCsv(content);
            default -> throw new UnreadableFile("import.file.unsupportedType");
        };
        if (table.rows().size() > limits.maxRows()) {
            throw new UnreadableFile("import.file.tooManyRows", limits.maxRows());
        }
        return table;
    }

    /**
     * Every sheet of an .xlsx workbook as text lines, by sheet name in workbook order, after the same checks as
     * {@link #read}; a .csv (one table only) is refused. The row limit applies to the sheets' lines together.
     */
    static Map<String, List<List<String>>> readSheets(UploadedFile file, ImportLimits limits) throws UnreadableFile {
        byte[] content = file.content();
        if (content.length == 0) {
            throw new UnreadableFile("import.file.empty");
        }
        List<ImportProblem> byNameAndSize = limits.checkNameAndSize(file.fileName(), content.length);
        if (!byNameAndSize.isEmpty()) {
            throw new UnreadableFile(byNameAndSize.get(0));
        }
        if (!file.extension().equals("xlsx")) {
            throw new UnreadableFile("import.file.workbookOnly");
        }
        Map<String, List<List<String>>> sheets = xlsxSheets(content);
        if (sheets.values().stream().mapToInt(List::size).sum() > limits.maxRows()) {
            throw new UnreadableFile("import.file.tooManyRows", limits.maxRows());
        }
        return sheets;
    }

    private static Table readXlsx(byte[] content) throws UnreadableFile {
        return toTable(xlsxSheets(content).values().iterator().next());
    }

    private static Map<String, List<List<String>>> xlsxSheets(byte[] content) throws UnreadableFile {
        if (!startsWith(content, ZIP_MAGIC)) {
            throw new UnreadableFile("import.file.notXlsx");
        }
        if (ZipPackage.partNames(content).isEmpty()) {
            // a zip bomb, or no ZIP after all: refused before POI builds anything from it
            throw new UnreadableFile("import.file.unreadableXlsx");
        }
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new UnreadableFile("import.file.noSheet");
            }
            Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
            for (Sheet sheet : workbook) {
                List<List<String>> lines = new ArrayList<>();
                for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                    org.apache.poi.ss.usermodel.Row row = sheet.getRow(index);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int column = 0; column < Math.max(row.getLastCellNum(), 0); column++) {
                            cells.add(text(row.getCell(column)));
                        }
                    }
                    lines.add(cells);
                }
                sheets.put(sheet.getSheetName(), lines);
            }
            return sheets;
        } catch (IOException | RuntimeException e) {
            // POI reports damaged or hostile workbooks (zip bombs included) with runtime exceptions
            throw new UnreadableFile("import.file.unreadableXlsx");
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> "";
        };
    }

    private static Table readCsv(byte[] content) throws UnreadableFile {
        if (startsWith(content, ZIP_MAGIC) || containsNul(content)) {
            throw new UnreadableFile("import.file.notCsv");
        }
        return toTable(CsvParser.parse(decode(content)));
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise Shift_JIS as Excel in Japan saves it. */
    private static String decode(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException notUtf8) {
            return new String(content, SHIFT_JIS);
        }
    }

    /** The header is the first line that is neither blank nor a comment (a first cell starting with #). */
    static Table toTable(List<List<String>> lines) throws UnreadableFile {
        int headerIndex = 0;
        while (headerIndex < lines.size() && (lines.get(headerIndex).stream().allMatch(String::isBlank)
                || isComment(lines.get(headerIndex)))) {
            headerIndex++;
        }
        if (headerIndex == lines.size()) {
            throw new UnreadableFile("import.file.noHeader");
        }
        List<String> headers = lines.get(headerIndex).stream().map(String::strip).toList();
        List<Table.Row> rows = new ArrayList<>();
        for (int index = headerIndex + 1; index < lines.size(); index++) {
            Table.Row row = new Table.Row(index + 1, lines.get(index));
            if (!row.isBlank()) {
                rows.add(row);
            }
        }
        return new Table(headerIndex + 1, headers, rows);
    }

    private static boolean isComment(List<String> line) {
        return !line.isEmpty() && line.get(0).strip().startsWith(ImportTemplate.COMMENT);
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean containsNul(byte[] content) {
        for (int i = 0; i < Math.min(content.length, 8192); i++) {
            if (content[i] == 0) {
                return true;
            }
        }
        return false;
    }
}

package jp.go.mhlw.kpi.domain.model.supply;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.imports.ZipPackage;

/**
 * What a report may carry: PDF and Excel workbooks (.xlsx). The type is read from the content (magic bytes; for
 * .xlsx the package's parts), never from the name alone, and the name's extension must agree with it.
 */
public enum AttachmentType {
    PDF(".pdf", "application/pdf"),
    XLSX(".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    private final String extension;
    private final String contentType;

    AttachmentType(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** The type the content is, if it is one of these, and the file name says the same. */
    public static Optional<AttachmentType> of(String fileName, byte[] content) {
        Optional<AttachmentType> byContent = byContent(content);
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return byContent.filter(type -> name.endsWith(type.extension));
    }

    private static Optional<AttachmentType> byContent(byte[] content) {
        if (startsWith(content, PDF_MAGIC)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, ZIP_MAGIC) && isWorkbook(content)) {
            return Optional.of(XLSX);
        }
        return Optional.empty();
    }

    /**
     * An Office Open XML package with a workbook part, within the limits of an uploaded package (no zip bomb): a ZIP
     * that merely is named .xlsx is not one.
     */
    private static boolean isWorkbook(byte[] content) {
        return ZipPackage.partNames(content)
                .filter(parts -> parts.contains("[Content_Types].xml") && parts.contains("xl/workbook.xml"))
                .isPresent();
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content != null && content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}

package jp.go.mhlw.kpi.domain.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;
import org.junit.jupiter.api.Test;

/** A package is opened only within limits: a zip bomb or a swarm of parts is no workbook, for imports and attachments. */
class ZipPackageTest {

    @Test
    void aRealWorkbookIsReadWithItsParts() {
        byte[] workbook = Workbooks.xlsx(new Object[] {"テーマ", 1});

        assertThat(ZipPackage.partNames(workbook)).hasValueSatisfying(
                parts -> assertThat(parts).contains("[Content_Types].xml", "xl/workbook.xml"));
        assertThat(AttachmentType.of("figures.xlsx", workbook)).contains(AttachmentType.XLSX);
    }

    @Test
    void aPackageUnpackingToAHundredTimesItsSizeIsRefused() {
        // 50 MB of zeros compress to about 50 KB: a 1000-fold expansion
        byte[] bomb = zip(new byte[50 * 1024 * 1024], "[Content_Types].xml", "xl/workbook.xml", "xl/sharedStrings.xml");

        assertThat(ZipPackage.partNames(bomb)).isEmpty();
        assertThat(AttachmentType.of("bomb.xlsx", bomb)).isEmpty();
    }

    @Test
    void aSmallPackageMayUnpackBeyondTheRatioUpToAMegabyte() {
        byte[] repetitive = zip(new byte[300 * 1024], "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

        assertThat((long) repetitive.length * ZipPackage.MAX_EXPANSION).isLessThan(3 * 300 * 1024);
        assertThat(AttachmentType.of("repetitive.xlsx", repetitive)).contains(AttachmentType.XLSX);
    }

    @Test
    void aPackageWithMorePartsThanAWorkbookNeedsIsRefused() {
        String[] names = new String[ZipPackage.MAX_ENTRIES + 1];
        names[0] = "[Content_Types].xml";
        names[1] = "xl/workbook.xml";
        for (int i = 2; i < names.length; i++) {
            names[i] = "xl/part" + i + ".xml";
        }

        assertThat(ZipPackage.partNames(zip("<x/>".getBytes(StandardCharsets.UTF_8), names))).isEmpty();
    }

    @Test
    void whatIsNoZipHasNoParts() {
        assertThat(ZipPackage.partNames("%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ZipPackage.partNames(new byte[0])).isEmpty();
    }

    @Test
    void anImportRefusesAZipBombBeforeReadingIt() {
        byte[] bomb = zip(new byte[50 * 1024 * 1024], "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml");

        assertThat(bomb.length).isLessThan((int) ImportLimits.DEFAULT.maxBytes());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TableReader.read(new UploadedFile("themes.xlsx", bomb), ImportLimits.DEFAULT))
                .isInstanceOf(TableReader.UnreadableFile.class);
    }

    private static byte[] zip(byte[] eachPart, String... names) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : names) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(eachPart);
                zip.closeEntry();
            }
            zip.finish();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package jp.go.mhlw.kpi.domain.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The parts of an uploaded Office Open XML package (a ZIP), read only as far as limits allow, so that a small upload
 * cannot unpack to gigabytes (a zip bomb) or to a million parts. The bounds are those Apache POI applies when it
 * opens a workbook (at most 1,000 parts, nothing inflated more than 100-fold), checked here before anything keeps a
 * package: imports and supply-report attachments alike.
 */
public final class ZipPackage {

    /** POI's default upper bound on the parts of a package. */
    static final int MAX_ENTRIES = 1000;

    /** POI's default minimum inflate ratio 0.01: no more than 100 bytes unpacked per stored byte. */
    static final int MAX_EXPANSION = 100;

    /** What any package may unpack to whatever its ratio: a small workbook's repetitive XML compresses very well. */
    static final long GRACE_BYTES = 1024 * 1024;

    private ZipPackage() {
    }

    /**
     * The names of the package's parts; empty if the content is no ZIP, or unpacks to more than
     * {@value #MAX_EXPANSION} times its size (and more than {@value #GRACE_BYTES} bytes), or has more than
     * {@value #MAX_ENTRIES} parts. Every part is inflated to
     * its end (and no further than the limit) because the sizes a ZIP declares can lie.
     */
    public static Optional<Set<String>> partNames(byte[] content) {
        if (content == null || content.length == 0) {
            return Optional.empty();
        }
        long allowed = Math.max((long) content.length * MAX_EXPANSION, GRACE_BYTES);
        long unpacked = 0;
        Set<String> names = new LinkedHashSet<>();
        byte[] buffer = new byte[8192];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (names.size() >= MAX_ENTRIES) {
                    return Optional.empty();
                }
                names.add(entry.getName());
                unpacked += drain(zip, buffer, allowed - unpacked);
                if (unpacked > allowed) {
                    return Optional.empty();
                }
            }
        } catch (IOException | IllegalArgumentException notAZip) {
            return Optional.empty();
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(names);
    }

    /** Reads the current part to its end or to one byte beyond what is still allowed; how many bytes that was. */
    private static long drain(InputStream part, byte[] buffer, long stillAllowed) throws IOException {
        long read = 0;
        for (int n = part.read(buffer); n >= 0; n = part.read(buffer)) {
            read += n;
            if (read > stillAllowed) {
                break;
            }
        }
        return read;
    }
}

package jp.go.mhlw.kpi.application.supply;

import java.time.Instant;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;

/**
 * A file attached to a supply report: to a filed version ({@code versionNumber}), or, while {@code versionNumber}
 * is null, to the report the manufacturer is preparing (it joins that report when it is filed).
 */
public record SupplyAttachment(long id, String caseNumber, Integer versionNumber, String fileName, AttachmentType type,
        long sizeBytes, String uploadedBy, Instant uploadedAt) {

    public long getId() {
        return id;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public String getFileName() {
        return fileName;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public boolean isPending() {
        return versionNumber == null;
    }

    /** A downloaded attachment. */
    public record File(String fileName, String contentType, byte[] content) {
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import jp.go.mhlw.kpi.application.supply.SupplyAttachment;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;

/** A file attached to a supply report (db/migration V22); the content is read only for a download. */
@Entity
@Table(name = "supply_attachment")
public class SupplyAttachmentEntity {

    @Id
    @SequenceGenerator(name = "supply_attachment_seq", sequenceName = "supply_attachment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supply_attachment_seq")
    private Long id;

    @Column(name = "case_number", nullable = false, updatable = false)
    private String caseNumber;

    @Column(name = "version_number")
    private Integer versionNumber;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type", nullable = false, updatable = false)
    private AttachmentType type;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    // no @Lob: a plain byte[] binds as PostgreSQL's bytea (a Lob would be a large-object oid)
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private OffsetDateTime uploadedAt;

    protected SupplyAttachmentEntity() {
    }

    SupplyAttachmentEntity(String caseNumber, String fileName, AttachmentType type, byte[] content, String uploadedBy,
            Instant uploadedAt) {
        this.caseNumber = caseNumber;
        this.fileName = fileName;
        this.type = type;
        this.sizeBytes = content.length;
        this.content = content.clone();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt.atOffset(ZoneOffset.UTC);
    }

    SupplyAttachment toAttachment() {
        return new SupplyAttachment(id, caseNumber, versionNumber, fileName, type, sizeBytes, uploadedBy, uploadedAt.toInstant());
    }

    SupplyAttachment.File toFile() {
        return new SupplyAttachment.File(fileName, type.contentType(), content.clone());
    }

    void fileWith(int version) {
        versionNumber = version;
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.submission.Review;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;

/**
 * A submitted version (table submission_version), written once: no column is updatable and nothing here changes
 * after construction. Content, warnings and justifications are JSON text ({@link SubmissionJson}).
 */
@Entity
@Table(name = "submission_version")
public class SubmissionVersionEntity {

    @Id
    @SequenceGenerator(name = "submission_version_seq", sequenceName = "submission_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_version_seq")
    @Column(updatable = false)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    private SubmissionEntity submission;

    @Column(name = "version_number", nullable = false, updatable = false)
    private int versionNumber;

    @Column(nullable = false, updatable = false)
    private String content;

    @Column(nullable = false, updatable = false)
    private String warnings;

    @Column(nullable = false, updatable = false)
    private String justifications;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private OffsetDateTime submittedAt;

    protected SubmissionVersionEntity() {
        // for JPA
    }

    SubmissionVersionEntity(SubmissionEntity submission, SubmissionVersion version) {
        this.submission = submission;
        this.versionNumber = version.number();
        this.content = SubmissionJson.write(version.content());
        this.warnings = SubmissionJson.writeWarnings(version.warnings());
        this.justifications = SubmissionJson.writeJustifications(version.justifications());
        this.submittedBy = version.submittedBy();
        this.submittedAt = Times.stored(version.submittedAt());
    }

    SubmissionVersion toVersion(Optional<Review> review) {
        return new SubmissionVersion(id, versionNumber, SubmissionJson.read(content),
                SubmissionJson.readWarnings(warnings), SubmissionJson.readJustifications(justifications), submittedBy,
                Times.instant(submittedAt), review);
    }

    Long getId() {
        return id;
    }

    SubmissionEntity getSubmission() {
        return submission;
    }

    int getVersionNumber() {
        return versionNumber;
    }

    String getContent() {
        return content;
    }
}

package jp.go.mhlw.kpi.domain.model.report;

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
import java.util.Objects;

/** A committee member's comment on a KPI (its code) or a goal ("GOAL-3") of a cycle's draft report. */
@Entity
@Table(name = "committee_comment")
public class CommitteeComment {

    public static final int MAX_BODY = 4000;

    @Id
    @SequenceGenerator(name = "committee_comment_seq", sequenceName = "committee_comment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "committee_comment_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "report_id", nullable = false)
    private CycleReport report;

    @Column(nullable = false, length = 80)
    private String subject;

    @Column(nullable = false, length = MAX_BODY)
    private String body;

    @Column(nullable = false, length = 255)
    private String author;

    @Column(name = "written_at", nullable = false)
    private OffsetDateTime writtenAt;

    protected CommitteeComment() {
        // for JPA
    }

    public CommitteeComment(CycleReport report, String subject, String body, String author, OffsetDateTime writtenAt) {
        if (!report.isOpenForComments()) {
            throw new IllegalStateException("comments are taken while the report is in review (it is "
                    + report.getStatus() + ")");
        }
        this.report = report;
        this.subject = Objects.requireNonNull(subject, "subject");
        this.body = Objects.requireNonNull(body, "body");
        this.author = Objects.requireNonNull(author, "author");
        this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt");
    }

    public Long getId() {
        return id;
    }

    public CycleReport getReport() {
        return report;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getAuthor() {
        return author;
    }

    public OffsetDateTime getWrittenAt() {
        return writtenAt;
    }
}

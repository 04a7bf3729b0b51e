package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/**
 * A cycle's report on its way to the public: the secretariat prepares the draft (narratives per goal, the bodies
 * missing from collection), the committee reviews it, the secretariat records the meeting and approves publication;
 * a correction re-opens the review and leads to the next published version. The KPI tables are not stored here:
 * the draft shows the cycle's current values, publication freezes them ({@link PublishedReport}).
 */
@Entity
@Table(name = "cycle_report")
public class CycleReport {

    static final int MAX_TEXT = 4000;

    @Id
    @SequenceGenerator(name = "cycle_report_seq", sequenceName = "cycle_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cycle_report_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private FollowUpCycle cycle;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReportStatus status;

    @Column(name = "prepared_by", nullable = false, length = 255)
    private String preparedBy;

    @Column(name = "prepared_at", nullable = false)
    private OffsetDateTime preparedAt;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(length = MAX_TEXT)
    private String decisions;

    @Column(name = "correction_reason", length = 1000)
    private String correctionReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_report_narrative", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "goal_number")
    @Column(name = "text_ja", nullable = false, length = MAX_TEXT)
    private Map<Integer, String> narratives = new TreeMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cycle_report_missing_body", joinColumns = @JoinColumn(name = "report_id"))
    private Set<MissingBody> missingBodies = new LinkedHashSet<>();

    @Version
    private int version;

    protected CycleReport() {
        // for JPA
    }

    /** The secretariat's first draft of the cycle's report: it goes to the committee at once. */
    public static CycleReport draft(FollowUpCycle cycle, Map<Integer, String> narratives,
                                    Collection<MissingBody> missingBodies, String preparedBy, OffsetDateTime at) {
        CycleReport report = new CycleReport();
        report.cycle = Objects.requireNonNull(cycle, "cycle");
        report.takeDraft(narratives, missingBodies, preparedBy, at);
        return report;
    }

    /** A new draft after a correction was opened: back to the committee, the meeting to be recorded again. */
    public void redraft(Map<Integer, String> narratives, Collection<MissingBody> missingBodies, String preparedBy,
                        OffsetDateTime at) {
        if (status != ReportStatus.CORRECTION && status != ReportStatus.IN_REVIEW) {
            throw new IllegalStateException("the draft can be prepared again only during review or after a correction"
                    + " was opened (the report is " + status + ")");
        }
        takeDraft(narratives, missingBodies, preparedBy, at);
    }

    private void takeDraft(Map<Integer, String> texts, Collection<MissingBody> missing, String by, OffsetDateTime at) {
        this.narratives = new TreeMap<>();
        texts.forEach((goal, text) -> {
            if (text != null && !text.isBlank()) {
                if (text.strip().length() > MAX_TEXT) {
                    throw new IllegalArgumentException("the narrative of goal " + goal + " is longer than " + MAX_TEXT
                            + " characters");
                }
                narratives.put(goal, text.strip());
            }
        });
        this.missingBodies = new LinkedHashSet<>(missing);
        this.preparedBy = Objects.requireNonNull(by, "preparedBy");
        this.preparedAt = Objects.requireNonNull(at, "at");
        this.meetingDate = null;
        this.decisions = null;
        this.status = ReportStatus.IN_REVIEW;
    }

    /** The committee met: its date and decisions (the proposed targets are recorded as targets). */
    public void recordReview(LocalDate meeting, String decisionsText) {
        if (status != ReportStatus.IN_REVIEW) {
            throw new IllegalStateException("the committee's review can be recorded only while the report is in review"
                    + " (it is " + status + ")");
        }
        this.meetingDate = Objects.requireNonNull(meeting, "meeting date");
        this.decisions = decisionsText == null || decisionsText.isBlank() ? null : decisionsText.strip();
        this.status = ReportStatus.REVIEW_RECORDED;
    }

    /** Publication approved: the caller freezes the tables as the next {@link PublishedReport}. */
    public void published() {
        if (status != ReportStatus.REVIEW_RECORDED) {
            throw new IllegalStateException("publication needs the committee's review recorded first (the report is "
                    + status + ")");
        }
        this.status = ReportStatus.PUBLISHED;
    }

    /** A published report needs a correction: the reason goes with the next published version. */
    public void openCorrection(String reason) {
        if (status != ReportStatus.PUBLISHED) {
            throw new IllegalStateException("only a published report can be corrected (the report is " + status + ")");
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a correction needs its reason");
        }
        this.correctionReason = reason.strip();
        this.status = ReportStatus.CORRECTION;
    }

    /** Committee members comment while the draft is in review. */
    public boolean isOpenForComments() {
        return status == ReportStatus.IN_REVIEW;
    }

    public Long getId() {
        return id;
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public String getPreparedBy() {
        return preparedBy;
    }

    public OffsetDateTime getPreparedAt() {
        return preparedAt;
    }

    public Optional<LocalDate> meetingDate() {
        return Optional.ofNullable(meetingDate);
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDecisions() {
        return decisions == null ? "" : decisions;
    }

    public Optional<String> correctionReason() {
        return Optional.ofNullable(correctionReason);
    }

    public String getCorrectionReason() {
        return correctionReason == null ? "" : correctionReason;
    }

    public Map<Integer, String> getNarratives() {
        return Map.copyOf(narratives);
    }

    public List<MissingBody> getMissingBodies() {
        return List.copyOf(missingBodies);
    }

    @Override
    public String toString() {
        return "report of " + cycle + " (" + status + ")";
    }
}

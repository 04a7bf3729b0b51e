package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;

/**
 * One published version of a cycle's report, immutable once stored: its KPI lines, the bodies missing from
 * collection, the narratives, the committee's meeting and decisions. Versions are numbered from 1; a later version
 * needs the correction's reason, and the earlier one is then marked superseded (and stays readable).
 */
@Entity
@Table(name = "published_report")
public class PublishedReport {

    @Id
    @SequenceGenerator(name = "published_report_seq", sequenceName = "published_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "published_report_seq")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private FollowUpCycle cycle;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @Column(name = "published_by", nullable = false, length = 255)
    private String publishedBy;

    @Column(name = "published_at", nullable = false)
    private OffsetDateTime publishedAt;

    @Column(name = "meeting_date")
    private LocalDate meetingDate;

    @Column(length = 4000)
    private String decisions;

    @Column(name = "correction_reason", length = 1000)
    private String correctionReason;

    @Column(name = "superseded_at")
    private OffsetDateTime supersededAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "published_report_line", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("lineNumber")
    private List<PublishedLine> lines = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "published_report_missing_body", joinColumns = @JoinColumn(name = "report_id"))
    private Set<MissingBody> missingBodies = new LinkedHashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "published_report_missing_figure", joinColumns = @JoinColumn(name = "report_id"))
    @OrderBy("goalNumber, kpiCode")
    private List<MissingFigure> missingFigures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "published_report_narrative", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "goal_number")
    @Column(name = "text_ja", nullable = false, length = 4000)
    private Map<Integer, String> narratives = new TreeMap<>();

    protected PublishedReport() {
        // for JPA
    }

    /**
     * The next version of the cycle's report. Version 1 has no reason; every later version is a correction and
     * must say why.
     */
    public static PublishedReport next(Optional<PublishedReport> latest, CycleReport report, List<PublishedLine> lines,
                                       String publishedBy, OffsetDateTime at) {
        return next(latest, report, lines, List.of(), publishedBy, at);
    }

    /** The next version, with the ministries' KPIs it has no value for and why. */
    public static PublishedReport next(Optional<PublishedReport> latest, CycleReport report, List<PublishedLine> lines,
                                       List<MissingFigure> missingFigures, String publishedBy, OffsetDateTime at) {
        Objects.requireNonNull(report, "report");
        PublishedReport published = new PublishedReport();
        published.cycle = report.getCycle();
        published.versionNumber = latest.map(l -> l.versionNumber + 1).orElse(1);
        if (latest.isPresent()) {
            if (!latest.get().cycle.getId().equals(report.getCycle().getId())) {
                throw new IllegalArgumentException("version " + latest.get().versionNumber + " belongs to another cycle");
            }
            published.correctionReason = report.correctionReason().orElseThrow(() -> new IllegalStateException(
                    "a new version of a published report needs the correction's reason"));
        }
        published.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        published.publishedAt = Objects.requireNonNull(at, "at");
        published.meetingDate = report.meetingDate().orElse(null);
        published.decisions = report.getDecisions().isEmpty() ? null : report.getDecisions();
        published.lines = new ArrayList<>(lines);
        published.missingBodies = new LinkedHashSet<>(report.getMissingBodies());
        published.missingFigures = new ArrayList<>(missingFigures);
        published.narratives = new TreeMap<>(report.getNarratives());
        return published;
    }

    /** A newer version was published: this one stays readable, marked superseded. */
    public void supersede(OffsetDateTime at) {
        if (supersededAt != null) {
            throw new IllegalStateException("version " + versionNumber + " is already superseded");
        }
        supersededAt = Objects.requireNonNull(at, "at");
    }

    public boolean isSuperseded() {
        return supersededAt != null;
    }

    public Long getId() {
        return id;
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public OffsetDateTime getPublishedAt() {
        return publishedAt;
    }

    public LocalDate getMeetingDate() {
        return meetingDate;
    }

    public String getDecisions() {
        return decisions == null ? "" : decisions;
    }

    public String getCorrectionReason() {
        return correctionReason == null ? "" : correctionReason;
    }

    public OffsetDateTime getSupersededAt() {
        return supersededAt;
    }

    public List<PublishedLine> getLines() {
        return lines.stream().sorted(Comparator.comparingInt(PublishedLine::getLineNumber)).toList();
    }

    public List<MissingBody> getMissingBodies() {
        return List.copyOf(missingBodies);
    }

    /** The ministries' KPIs without a value, with the reason, in goal order. */
    public List<MissingFigure> getMissingFigures() {
        return List.copyOf(missingFigures);
    }

    public Map<Integer, String> getNarratives() {
        return new TreeMap<>(narratives);
    }

    /** The goals' narratives in goal order, for screens. */
    public List<Map.Entry<Integer, String>> getNarrativeList() {
        return List.copyOf(new TreeMap<>(narratives).entrySet());
    }

    @Override
    public String toString() {
        return cycle + " version " + versionNumber;
    }
}

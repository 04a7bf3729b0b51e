package jp.go.mhlw.kpi.domain.model.request;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * One body's report request in a follow-up cycle: which template it fills in, by when, and where it stands. The
 * submissions and reviews move it along ({@link #submit}, {@link #approve}, {@link #returnToReporter}); the
 * secretariat extends its deadline or closes it with the body missing. Every move is checked against the state it
 * starts from; a wrong one is a {@link RequestTransitionException} naming both.
 */
@Entity
@Table(name = "report_request")
public class ReportRequest {

    /** The longest comment the table holds; longer input is refused, never cut. */
    public static final int MAX_COMMENT = 4000;

    private static final Set<RequestState> SUBMITTABLE = EnumSet.of(RequestState.NOT_STARTED, RequestState.DRAFT,
            RequestState.RETURNED, RequestState.REOPENED);
    private static final Set<RequestState> REVIEWABLE = EnumSet.of(RequestState.SUBMITTED);
    /**
     * The states of a request still open in the collection: it can be overdue, have its deadline extended or be
     * closed. A reopened request has approved data and is handled as a correction, not closed.
     */
    public static final Set<RequestState> OPEN_STATES = Collections.unmodifiableSet(EnumSet.complementOf(
            EnumSet.of(RequestState.APPROVED, RequestState.CLOSED, RequestState.REOPENED)));
    private static final Set<RequestState> REOPENABLE = EnumSet.of(RequestState.APPROVED);

    @Id
    @SequenceGenerator(name = "report_request_seq", sequenceName = "report_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "report_request_seq")
    private Long id;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "cycle_id", nullable = false)
    private FollowUpCycle cycle;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "organisation_id", nullable = false)
    private Organisation organisation;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private SubmissionKind kind;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RequestState state;

    @NotNull
    @Column(name = "due_date", nullable = false)
    private LocalDate due;

    @NotNull
    @Column(name = "requested_at", nullable = false)
    private OffsetDateTime requestedAt;

    @NotNull
    @Column(name = "state_changed_at", nullable = false)
    private OffsetDateTime stateChangedAt;

    @Column(name = "first_submitted_at")
    private OffsetDateTime firstSubmittedAt;

    /** The day of the first submission in Japan, which timeliness compares with the due date (also in SQL). */
    @Column(name = "first_submitted_on")
    private LocalDate firstSubmittedOn;

    @Column(name = "last_submitted_at")
    private OffsetDateTime lastSubmittedAt;

    @Column(name = "settled_at")
    private OffsetDateTime settledAt;

    @Size(max = MAX_COMMENT)
    @Column(name = "last_comment", length = MAX_COMMENT)
    private String lastComment;

    @Column(name = "reminders_sent", nullable = false)
    private int remindersSent;

    @Column(name = "last_reminded_at")
    private OffsetDateTime lastRemindedAt;

    @Version
    private int version;

    protected ReportRequest() {
        // for JPA
    }

    /**
     * Asks a body for its report in a cycle. Only hubs, AMED, ministry divisions and the survey body report
     * ({@link #kindFor}); others are refused.
     */
    public ReportRequest(FollowUpCycle cycle, Organisation body, LocalDate due, Instant now) {
        this.cycle = Objects.requireNonNull(cycle, "cycle");
        this.organisation = Objects.requireNonNull(body, "body");
        this.kind = kindFor(body).orElseThrow(() -> new IllegalArgumentException(
                body.getCode() + " (" + body.getKind() + ") does not file follow-up reports"));
        this.due = Objects.requireNonNull(due, "due");
        this.state = RequestState.NOT_STARTED;
        this.requestedAt = stored(now);
        this.stateChangedAt = requestedAt;
    }

    /** The template a body fills in, by its kind; empty for organisations that file no follow-up report. */
    public static Optional<SubmissionKind> kindFor(Organisation body) {
        return Optional.ofNullable(switch (body.getKind()) {
            case HUB -> SubmissionKind.HUB_REPORT;
            case AMED -> SubmissionKind.AMED_THEME_REPORT;
            case SURVEY_BODY -> SubmissionKind.MEMBER_SURVEY;
            case MINISTRY_DIVISION -> SubmissionKind.MINISTRY_PROGRESS_REPORT;
            default -> null;
        });
    }

    /** The role whose users of the body fill in a report of this kind. */
    public static Role reporterRole(SubmissionKind kind) {
        return switch (kind) {
            case HUB_REPORT -> Role.HUB_REPORTER;
            case AMED_THEME_REPORT -> Role.AMED_REPORTER;
            case MEMBER_SURVEY -> Role.SURVEY_REPORTER;
            case MINISTRY_PROGRESS_REPORT -> Role.MINISTRY_OFFICER;
        };
    }

    // ---- the reporter and the reviewing officer -------------------------------------------------------------

    /** The reporter saved a draft: a request not yet submitted (or returned) becomes a draft. */
    public void saveDraft(Instant now) {
        requireState("save a draft of", SUBMITTABLE);
        if (state != RequestState.REOPENED) {
            moveTo(RequestState.DRAFT, now);
        }
    }

    /** The reporter submitted a validated version; the first submission is the one timeliness counts. */
    public void submit(Instant now) {
        requireState("submit", SUBMITTABLE);
        moveTo(RequestState.SUBMITTED, now);
        if (firstSubmittedAt == null) {
            firstSubmittedAt = stateChangedAt;
            firstSubmittedOn = firstSubmittedAt.atZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME).toLocalDate();
        }
        lastSubmittedAt = stateChangedAt;
    }

    /** The reviewing officer returned the submission with a comment; the reporter corrects and resubmits. */
    public void returnToReporter(String comment, Instant now) {
        String reason = requireComment(comment, "A return");
        requireState("return", REVIEWABLE);
        moveTo(RequestState.RETURNED, now);
        lastComment = reason;
    }

    /** The reviewing officer approved the submission (or its correction); its data counts in the aggregation. */
    public void approve(Instant now) {
        requireState("approve", REVIEWABLE);
        moveTo(RequestState.APPROVED, now);
        settledAt = stateChangedAt;
    }

    // ---- the secretariat -----------------------------------------------------------------------------------

    /** The secretariat gives the body until {@code newDue}; only later dates, and only while the request is open. */
    public void extendDue(LocalDate newDue) {
        Objects.requireNonNull(newDue, "newDue");
        requireState("extend the deadline of", OPEN_STATES);
        if (!newDue.isAfter(due)) {
            throw new IllegalArgumentException("The new deadline " + newDue + " of " + describe()
                    + " must be after the current one, " + due);
        }
        due = newDue;
    }

    /** The secretariat stops waiting for the body: the request is closed and the body counts as missing. */
    public void close(String reason, Instant now) {
        String why = requireComment(reason, "Closing a request");
        requireState("close", OPEN_STATES);
        moveTo(RequestState.CLOSED, now);
        settledAt = stateChangedAt;
        lastComment = why;
    }

    /**
     * The secretariat reopens an approved request for a correction, with the reason the reporter reads: the reporter
     * submits a new version, which is reviewed as usual. Only an approved request can be reopened.
     */
    public void reopenForCorrection(String reason, Instant now) {
        String why = requireComment(reason, "Reopening a request");
        requireState("reopen for correction", REOPENABLE);
        moveTo(RequestState.REOPENED, now);
        settledAt = null;
        lastComment = why;
    }

    /** A reminder went out to the body's reporters. */
    public void reminded(Instant now) {
        remindersSent++;
        lastRemindedAt = stored(now);
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** True when the request is still open ({@link #OPEN_STATES}) after its due date. */
    public boolean isOverdue(LocalDate today) {
        return OPEN_STATES.contains(state) && today.isAfter(due);
    }

    /** True when the body first submitted on or before its due date (in Japan time), false when later or never. */
    public boolean wasSubmittedOnTime() {
        return firstSubmittedOn != null && !firstSubmittedOn.isAfter(due);
    }

    public ReportRequestInfo info() {
        return new ReportRequestInfo(id, cycle.getId(), organisation.getCode(), kind, state, due);
    }

    /** "report request 1049 of HUB-HIROSHIMA". */
    public String describe() {
        return "report request " + id + " of " + organisation.getCode();
    }

    private void requireState(String action, Set<RequestState> allowed) {
        if (!allowed.contains(state)) {
            throw new RequestTransitionException(id, organisation.getCode(), action, state, allowed);
        }
    }

    private void moveTo(RequestState next, Instant now) {
        state = next;
        stateChangedAt = stored(now);
    }

    private static String requireComment(String comment, String what) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException(what + " needs a comment for the reporter");
        }
        String trimmed = comment.strip();
        if (trimmed.length() > MAX_COMMENT) {
            throw new IllegalArgumentException(what + "'s comment has " + trimmed.length() + " characters; at most "
                    + MAX_COMMENT + " are kept");
        }
        return trimmed;
    }

    private static OffsetDateTime stored(Instant instant) {
        return OffsetDateTime.ofInstant(Objects.requireNonNull(instant, "now"), ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public FollowUpCycle getCycle() {
        return cycle;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public String getOrganisationCode() {
        return organisation.getCode();
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public Role getReporterRole() {
        return reporterRole(kind);
    }

    public RequestState getState() {
        return state;
    }

    public LocalDate getDue() {
        return due;
    }

    public Instant getRequestedAt() {
        return requestedAt.toInstant();
    }

    public Instant getStateChangedAt() {
        return stateChangedAt.toInstant();
    }

    public Optional<Instant> firstSubmittedAt() {
        return Optional.ofNullable(firstSubmittedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> lastSubmittedAt() {
        return Optional.ofNullable(lastSubmittedAt).map(OffsetDateTime::toInstant);
    }

    public Optional<Instant> settledAt() {
        return Optional.ofNullable(settledAt).map(OffsetDateTime::toInstant);
    }

    public Optional<String> lastComment() {
        return Optional.ofNullable(lastComment);
    }

    public int getRemindersSent() {
        return remindersSent;
    }

    public Optional<Instant> lastRemindedAt() {
        return Optional.ofNullable(lastRemindedAt).map(OffsetDateTime::toInstant);
    }

    public int getVersion() {
        return version;
    }
}

package jp.go.mhlw.kpi.domain.model.submission;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * A body's submission for one report request: one mutable draft, and the numbered versions each submit made, which
 * never change (only the officer's review is added to a version, once). The reporter edits while nothing waits for
 * review and nothing is approved; the officer approves or returns the latest version. An approved submission can be
 * reopened for a correction ({@link #reopenForCorrection}): the reporter submits a new version, and once that is
 * approved the earlier approved version is superseded (kept, shown as such, no longer counted).
 */
public class Submission {

    /** The secretariat's reopening of the approved submission, until the corrected version is submitted. */
    public record Reopening(String reason, String by, Instant at) {
        public Reopening {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    private final long requestId;
    private final long cycleId;
    private final String organisationCode;
    private final SubmissionKind kind;
    private SubmissionContent draft;
    private String draftSavedBy;
    private Instant draftSavedAt;
    private final List<SubmissionVersion> versions;
    private Reopening reopening;

    private Submission(long requestId, long cycleId, String organisationCode, SubmissionKind kind,
                       SubmissionContent draft, String draftSavedBy, Instant draftSavedAt,
                       List<SubmissionVersion> versions, Reopening reopening) {
        this.requestId = requestId;
        this.cycleId = cycleId;
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.draft = draft;
        this.draftSavedBy = draftSavedBy;
        this.draftSavedAt = draftSavedAt;
        this.versions = new ArrayList<>(versions);
        this.reopening = reopening;
    }

    /** A new submission for a request: nothing saved yet. */
    public static Submission start(long requestId, long cycleId, String organisationCode, SubmissionKind kind) {
        return new Submission(requestId, cycleId, organisationCode, kind, null, null, null, List.of(), null);
    }

    /** A stored submission as the repository reads it. */
    public static Submission restore(long requestId, long cycleId, String organisationCode, SubmissionKind kind,
            SubmissionContent draft, String draftSavedBy, Instant draftSavedAt, List<SubmissionVersion> versions) {
        return restore(requestId, cycleId, organisationCode, kind, draft, draftSavedBy, draftSavedAt, versions, null);
    }

    /** A stored submission as the repository reads it, reopened for a correction when {@code reopening} is given. */
    public static Submission restore(long requestId, long cycleId, String organisationCode, SubmissionKind kind,
            SubmissionContent draft, String draftSavedBy, Instant draftSavedAt, List<SubmissionVersion> versions,
            Reopening reopening) {
        return new Submission(requestId, cycleId, organisationCode, kind, draft, draftSavedBy, draftSavedAt, versions,
                reopening);
    }

    /**
     * Opens the approved submission again for a correction: the reporter may save and submit a new version. The
     * approved version stays and counts until the corrected one is approved.
     */
    public void reopenForCorrection(String reason, String by, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw new SubmissionStateException(Problem.at("reason", "submission.reopenNeedsReason"));
        }
        if (latestVersion().filter(SubmissionVersion::isApproved).isEmpty()) {
            throw new SubmissionStateException(Problem.at("", "submission.reopenNotApproved"));
        }
        if (reopening != null) {
            throw new SubmissionStateException(Problem.at("", "submission.alreadyReopened"));
        }
        reopening = new Reopening(reason.strip(), by, at);
    }

    /** Keeps the reporter's work; the draft may be incomplete. */
    public void saveDraft(SubmissionContent content, String by, Instant at) {
        requireKind(content);
        requireWithReporter();
        draft = content;
        draftSavedBy = Objects.requireNonNull(by, "by");
        draftSavedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Makes the next version of this content, validated as {@code validation} says: refused with errors or with a
     * warning that has no justification. The draft becomes the submitted content.
     */
    public SubmissionVersion submit(SubmissionContent content, ValidationResult validation,
            Map<String, String> justifications, String by, Instant at) {
        requireKind(content);
        requireWithReporter();
        if (validation.hasErrors()) {
            throw new IllegalArgumentException("content with validation errors cannot be submitted");
        }
        if (!validation.unjustified(justifications).isEmpty()) {
            throw new IllegalArgumentException("every warning needs a justification");
        }
        Map<String, String> kept = new LinkedHashMap<>();
        validation.warnings().forEach(warning -> kept.put(warning.key(), justifications.get(warning.key()).strip()));
        SubmissionVersion version = new SubmissionVersion(null, versions.size() + 1, content, validation.warnings(),
                kept, by, at, Optional.empty());
        versions.add(version);
        reopening = null;
        draft = content;
        draftSavedBy = by;
        draftSavedAt = at;
        return version;
    }

    /** The officer's decision on the version waiting for review. */
    public SubmissionVersion review(ReviewDecision decision, String comment, String by, Instant at) {
        SubmissionVersion latest = latestVersion().filter(SubmissionVersion::isAwaitingReview)
                .orElseThrow(() -> new SubmissionStateException(
                        Problem.at("", "submission.noVersionAwaitingReview")));
        SubmissionVersion reviewed = latest.withReview(new Review(decision, comment, by, at));
        versions.set(versions.size() - 1, reviewed);
        return reviewed;
    }

    /**
     * True while the reporter may change the data: nothing submitted yet, the latest version was returned, or the
     * approved submission was reopened for a correction.
     */
    public boolean isWithReporter() {
        return reopening != null || latestVersion().map(SubmissionVersion::isReturned).orElse(true);
    }

    /** The reopening for a correction, while the corrected version has not been submitted. */
    public Optional<Reopening> reopening() {
        return Optional.ofNullable(reopening);
    }

    /** True when a later version was approved after this approved one: it is kept but no longer counts. */
    public boolean isSuperseded(SubmissionVersion version) {
        return version.isApproved() && versions.stream()
                .anyMatch(later -> later.number() > version.number() && later.isApproved());
    }

    /** The content the reporter works on: the draft, or an empty form of the template. */
    public SubmissionContent workingContent() {
        return draft != null ? draft : SubmissionContent.empty(kind);
    }

    public Optional<SubmissionVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<SubmissionVersion> version(int number) {
        return number < 1 || number > versions.size() ? Optional.empty() : Optional.of(versions.get(number - 1));
    }

    /** The version that counts: the newest approved one (an earlier approved version is superseded by it). */
    public Optional<SubmissionVersion> approvedVersion() {
        for (int i = versions.size() - 1; i >= 0; i--) {
            if (versions.get(i).isApproved()) {
                return Optional.of(versions.get(i));
            }
        }
        return Optional.empty();
    }

    /** Replaces the version of the same number by its stored form (the repository gives it its id). */
    public void versionStored(SubmissionVersion stored) {
        versions.set(stored.number() - 1, stored);
    }

    private void requireKind(SubmissionContent content) {
        Objects.requireNonNull(content, "content");
        if (content.kind() != kind) {
            throw new IllegalArgumentException("request " + requestId + " asks for " + kind + ", not " + content.kind());
        }
    }

    private void requireWithReporter() {
        if (!isWithReporter()) {
            SubmissionVersion latest = latestVersion().orElseThrow();
            throw latest.isApproved()
                    ? new SubmissionStateException(Problem.at("", "submission.approvedUnchangeable"))
                    : new SubmissionStateException(Problem.at("", "submission.underReview"));
        }
    }

    public long requestId() {
        return requestId;
    }

    public long cycleId() {
        return cycleId;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public SubmissionKind kind() {
        return kind;
    }

    public Optional<SubmissionContent> draft() {
        return Optional.ofNullable(draft);
    }

    public Optional<String> draftSavedBy() {
        return Optional.ofNullable(draftSavedBy);
    }

    public Optional<Instant> draftSavedAt() {
        return Optional.ofNullable(draftSavedAt);
    }

    public List<SubmissionVersion> versions() {
        return List.copyOf(versions);
    }
}

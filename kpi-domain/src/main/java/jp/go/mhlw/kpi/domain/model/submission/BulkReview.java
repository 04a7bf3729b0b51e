package jp.go.mhlw.kpi.domain.model.submission;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Phrase;

/**
 * Which of the requests an officer chose on a cycle's dashboard one bulk action takes, and why it leaves the others
 * (listed, never dropped silently). Each request taken is then decided on its own, as if one by one.
 *
 * <ul>
 *   <li>Approve: a submitted version waiting for review that someone else submitted and that raised no warning.
 *       A version with warnings has the reporter's reasons, which the officer reads on its review page: approving
 *       it unread is what a bulk approval must not do.</li>
 *   <li>Return (with one comment): a submitted version waiting for review that someone else submitted.</li>
 *   <li>Remind: a request still with the body (not started, draft or returned).</li>
 * </ul>
 */
public final class BulkReview {

    /** Why a chosen request is left out. */
    public enum SkipReason implements Labelled {
        /** No such request in the cycle the action is for. */
        NOT_IN_CYCLE,
        /** Nothing of the body waits for the officer (not submitted, already decided, or closed). */
        NOT_AWAITING_REVIEW,
        /** The officer submitted the version themselves (the ministry's own progress report). */
        OWN_REPORT,
        /** The version raised warnings: the officer reads the reasons on its own page. */
        HAS_WARNINGS,
        /** The body has nothing to do now (waiting for review, approved or closed). */
        NOT_WITH_REPORTER;

        @Override
        public String bundleKey() {
            return "bulkReview.skip." + name();
        }
    }

    /** A chosen request as the rules need it: where it stands and its latest version, if any. */
    public record Candidate(long requestId, long cycleId, String organisationCode, RequestState state,
                            Optional<SubmissionVersion> latest) {

        public Candidate {
            Objects.requireNonNull(organisationCode, "organisationCode");
            Objects.requireNonNull(state, "state");
            latest = latest == null ? Optional.empty() : latest;
        }
    }

    /** A request the action takes: for a decision, the version decided on (0 for a reminder). */
    public record Taken(long requestId, String organisationCode, int versionNumber) {
    }

    /** A request left out, and why ({@code warnings}: how many the version raised). */
    public record Skipped(long requestId, String organisationCode, SkipReason reason, int warnings) {

        /** "HUB-X: 警告が2件あります…", for the list of those left out. */
        public Phrase message() {
            return warnings == 0 ? Phrase.of("bulkReview.skipped", organisationCode, reason)
                    : Phrase.of("bulkReview.skippedWithWarnings", organisationCode, reason, warnings);
        }
    }

    /** What one action does: the requests it takes, in the order chosen, and those it leaves. */
    public record Plan(List<Taken> taken, List<Skipped> skipped) {

        public Plan {
            taken = List.copyOf(taken);
            skipped = List.copyOf(skipped);
        }
    }

    private BulkReview() {
    }

    /** The chosen requests whose versions the officer may approve together. */
    public static Plan approval(long cycleId, List<Candidate> chosen, String officer) {
        return decision(cycleId, chosen, officer, true);
    }

    /** The chosen requests whose versions the officer may return together with one comment. */
    public static Plan returning(long cycleId, List<Candidate> chosen, String officer) {
        return decision(cycleId, chosen, officer, false);
    }

    /** The chosen requests whose bodies are reminded. */
    public static Plan reminding(long cycleId, List<Candidate> chosen) {
        List<Taken> taken = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Candidate candidate : distinct(chosen)) {
            if (candidate.cycleId() != cycleId) {
                skipped.add(skip(candidate, SkipReason.NOT_IN_CYCLE));
            } else if (!candidate.state().isWithReporter() || candidate.state() == RequestState.REOPENED) {
                // a reopened request's correction is its own process, which sends no request e-mail
                skipped.add(skip(candidate, SkipReason.NOT_WITH_REPORTER));
            } else {
                taken.add(new Taken(candidate.requestId(), candidate.organisationCode(), 0));
            }
        }
        return new Plan(taken, skipped);
    }

    private static Plan decision(long cycleId, List<Candidate> chosen, String officer, boolean approving) {
        Objects.requireNonNull(officer, "officer");
        List<Taken> taken = new ArrayList<>();
        List<Skipped> skipped = new ArrayList<>();
        for (Candidate candidate : distinct(chosen)) {
            Optional<SubmissionVersion> waiting = candidate.latest().filter(SubmissionVersion::isAwaitingReview);
            if (candidate.cycleId() != cycleId) {
                skipped.add(skip(candidate, SkipReason.NOT_IN_CYCLE));
            } else if (candidate.state() != RequestState.SUBMITTED || waiting.isEmpty()) {
                skipped.add(skip(candidate, SkipReason.NOT_AWAITING_REVIEW));
            } else if (waiting.get().submittedBy().equals(officer)) {
                skipped.add(skip(candidate, SkipReason.OWN_REPORT));
            } else if (approving && !waiting.get().warnings().isEmpty()) {
                skipped.add(new Skipped(candidate.requestId(), candidate.organisationCode(), SkipReason.HAS_WARNINGS,
                        waiting.get().warnings().size()));
            } else {
                taken.add(new Taken(candidate.requestId(), candidate.organisationCode(), waiting.get().number()));
            }
        }
        return new Plan(taken, skipped);
    }

    private static List<Candidate> distinct(List<Candidate> chosen) {
        LinkedHashSet<Long> seen = new LinkedHashSet<>();
        return chosen.stream().filter(candidate -> seen.add(candidate.requestId())).toList();
    }

    private static Skipped skip(Candidate candidate, SkipReason reason) {
        return new Skipped(candidate.requestId(), candidate.organisationCode(), reason, 0);
    }
}

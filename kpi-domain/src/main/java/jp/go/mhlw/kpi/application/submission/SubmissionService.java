package jp.go.mhlw.kpi.application.submission;

import static jp.go.mhlw.kpi.application.submission.SubmissionSteps.changedMeanwhile;
import static jp.go.mhlw.kpi.application.submission.SubmissionSteps.kindLabel;
import static jp.go.mhlw.kpi.application.submission.SubmissionSteps.state;
import static jp.go.mhlw.kpi.application.submission.SubmissionSteps.summary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.followup.ReportRequests;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.computation.AmedTheme;
import jp.go.mhlw.kpi.domain.computation.PeriodNormalisation;
import jp.go.mhlw.kpi.domain.computation.SurveyResponse;
import jp.go.mhlw.kpi.domain.imports.AmedThemeImport;
import jp.go.mhlw.kpi.domain.imports.FilledFrom;
import jp.go.mhlw.kpi.domain.imports.HubReportImport;
import jp.go.mhlw.kpi.domain.imports.ImportResult;
import jp.go.mhlw.kpi.domain.imports.ImportTemplate;
import jp.go.mhlw.kpi.domain.imports.MinistryProgressImport;
import jp.go.mhlw.kpi.domain.imports.SurveyResponseImport;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestInfo;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationResult;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;

/**
 * The bodies' submissions for their report requests (docs/domain.md §4, §7): drafts, submit with validation, the
 * ministry's review.
 *
 * <ul>
 *   <li>Roles and templates: a hub reporter fills in hub reports, an AMED reporter the theme list, a survey reporter
 *       the member survey, a ministry officer its division's progress report; ministry officers review.</li>
 *   <li>Organisations: a reporter reaches its own organisation's requests of its template only; any other request,
 *       and one that does not exist, is {@link SubmissionException.NotFound} alike. An officer reviews any request's
 *       submission, but never a version they submitted themselves.</li>
 *   <li>Validation: {@link SubmissionValidator} against the body's approved data of the previous cycle; errors block,
 *       each warning needs a justification, which is kept with the version for the reviewer.</li>
 *   <li>Workbooks: every template downloads filled with the draft, else the body's report approved for the previous
 *       cycle ({@link #filledWorkbook}); the hub report and the progress report upload into the draft, replacing it
 *       whole, and the theme list and the survey likewise (all or nothing, problems by sheet, row and column).</li>
 *   <li>Every change is recorded once through {@link AuditTrail} and passed to {@link ReportRequests}, in the same
 *       transaction.</li>
 * </ul>
 *
 * <p>Decisions on several requests of a cycle at once, from its dashboard, are {@link BulkReviews}.
 */
@Stateless
@DeclareRoles({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
        Role.Names.MINISTRY_OFFICER})
public class SubmissionService {

    /** The audit trail's object type for submissions (the object id is the request's id). */
    public static final String OBJECT_TYPE = "submission";

    /** The longest review comment kept (db/migration V14). */
    public static final int MAX_COMMENT = 4000;

    /** A request's submission as a screen shows it. */
    public record SubmissionView(ReportRequestInfo request, Submission submission, Optional<LastYear> lastYear,
                                 PeriodNormalisation period) {

        /** True when the caller's organisation may change the data now. */
        public boolean isEditable() {
            return request.state().isWithReporter() && submission.isWithReporter();
        }
    }

    @Inject
    SubmissionRepository submissions;

    @Inject
    ReportRequests requests;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SubmissionThresholds thresholds;

    /** The clock of the records' times (tests fix it). */
    Clock clock = Clock.systemUTC();

    // ---- reporters ----------------------------------------------------------------------------------------------

    /** The caller's organisation's submission for a request (an empty form before anything was saved). */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public SubmissionView openForm(long requestId) {
        ReportRequestInfo request = reportersRequest(requestId);
        return view(request, submissionOf(request));
    }

    /**
     * The requests made to the caller's organisation whose template the caller's role fills in, newest cycle first
     * (a reporter's system finds its request ids here).
     */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public List<ReportRequestInfo> myRequests() {
        Caller caller = currentCaller.require();
        return caller.organisationCode()
                .map(organisation -> requests.ofOrganisation(organisation).stream()
                        .filter(request -> caller.hasRole(roleFor(request.kind()))).toList())
                .orElse(List.of());
    }

    /** The most requests one page of {@link #myRequests(int, int)} holds. */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of {@link #myRequests()}: the database orders (newest cycle first, then the newest request), counts
     * and pages them.
     *
     * @param first the position of the page's first request, 0 for the first page
     * @param size  1 to {@link #MAX_PAGE_SIZE}
     */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public List<ReportRequestInfo> myRequests(int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE
                    + " requests");
        }
        Caller caller = currentCaller.require();
        return caller.organisationCode()
                .map(organisation -> requests.ofOrganisation(organisation, kindsFilledBy(caller), first, size))
                .orElse(List.of());
    }

    /** How many requests {@link #myRequests(int, int)} pages through. */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public long countMyRequests() {
        Caller caller = currentCaller.require();
        return caller.organisationCode()
                .map(organisation -> requests.countOfOrganisation(organisation, kindsFilledBy(caller)))
                .orElse(0L);
    }

    /** The templates the caller's roles fill in. */
    private static Set<SubmissionKind> kindsFilledBy(Caller caller) {
        Set<SubmissionKind> kinds = EnumSet.noneOf(SubmissionKind.class);
        for (SubmissionKind kind : SubmissionKind.values()) {
            if (caller.hasRole(roleFor(kind))) {
                kinds.add(kind);
            }
        }
        return kinds;
    }

    /** Keeps the reporter's work as the request's draft; a draft may be incomplete. */
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public SubmissionView saveDraft(long requestId, SubmissionContent content) {
        ReportRequestInfo request = reportersRequest(requestId);
        requireContent(request, content);
        Submission submission = submissionOf(request);
        requireWithReporter(request);
        Caller caller = currentCaller.require();
        state(() -> submission.saveDraft(content, caller.userName(), steps().now()));
        steps().store(submission);
        steps().record("submission.draft-saved", request, summary("submission.audit.draftSaved", kindLabel(request.kind())),
                requests.draftSaved(requestId));
        return view(reloaded(request), submission);
    }

    /** What submitting this content would say, without storing anything (the form shows it before submitting). */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public ValidationResult check(long requestId, SubmissionContent content) {
        ReportRequestInfo request = reportersRequest(requestId);
        requireContent(request, content);
        return validate(request, content);
    }

    /**
     * Submits the content as the request's next version: refused with every error, or with the warnings that have
     * no justification ({@link SubmissionException.Rejected}); otherwise the request waits for the ministry's review.
     */
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public SubmissionVersion submit(long requestId, SubmissionContent content, Map<String, String> justifications) {
        ReportRequestInfo request = reportersRequest(requestId);
        requireContent(request, content);
        Map<String, String> given = justifications == null ? Map.of() : justifications;
        for (Map.Entry<String, String> justification : given.entrySet()) {
            if (justification.getValue() != null && justification.getValue().length() > SubmissionValidator.MAX_TEXT) {
                throw new SubmissionException.NotAllowed("submission.justificationTooLong", SubmissionValidator.MAX_TEXT);
            }
        }
        Submission submission = submissionOf(request);
        requireWithReporter(request);
        ValidationResult validation = validate(request, content);
        List<ValidationWarning> unjustified = validation.unjustified(given);
        if (validation.hasErrors() || !unjustified.isEmpty()) {
            throw new SubmissionException.Rejected(validation, unjustified);
        }
        Caller caller = currentCaller.require();
        SubmissionVersion version = state(() -> submission.submit(content, validation, given, caller.userName(), steps().now()));
        steps().store(submission);
        SubmissionVersion stored = submission.latestVersion().orElse(version);
        steps().record("submission.submitted", request, summary("submission.audit.submitted", stored.number(),
                kindLabel(request.kind())) + (validation.warnings().isEmpty() ? ""
                : summary("submission.audit.justifiedWarnings", validation.warnings().size())),
                changedMeanwhile(() -> requests.submitted(requestId)));
        return stored;
    }

    /** Takes an AMED theme list (all or nothing) into the request's draft. */
    @RolesAllowed(Role.Names.AMED_REPORTER)
    public SubmissionView importThemes(long requestId, UploadedFile file) {
        ReportRequestInfo request = reportersRequest(requestId);
        ImportResult<AmedTheme> result = new AmedThemeImport(today()).read(requireFile(file));
        if (!result.isAccepted()) {
            throw new SubmissionException.FileRejected(result.problems());
        }
        return saveImported(request, AmedThemeContent.of(result.records()), file, result.records().size());
    }

    /** Takes a JFMDA survey file (all or nothing) into the request's draft, with its two snapshot dates. */
    @RolesAllowed(Role.Names.SURVEY_REPORTER)
    public SubmissionView importSurvey(long requestId, UploadedFile file, LocalDate previousSnapshot,
            LocalDate currentSnapshot) {
        ReportRequestInfo request = reportersRequest(requestId);
        if (previousSnapshot == null || currentSnapshot == null || !previousSnapshot.isBefore(currentSnapshot)) {
            throw new SubmissionException.NotAllowed("submission.snapshotDates");
        }
        ImportResult<SurveyResponse> result = new SurveyResponseImport(previousSnapshot, currentSnapshot)
                .read(requireFile(file));
        if (!result.isAccepted()) {
            throw new SubmissionException.FileRejected(result.problems());
        }
        return saveImported(request, MemberSurveyContent.of(previousSnapshot, currentSnapshot, result.records()), file,
                result.records().size());
    }

    /**
     * Takes a hub report workbook (all or nothing: every sheet without a problem) into the request's draft, in place
     * of what the draft held.
     */
    @RolesAllowed(Role.Names.HUB_REPORTER)
    public SubmissionView importHubReport(long requestId, UploadedFile file) {
        ReportRequestInfo request = reportersRequest(requestId);
        ImportResult<HubReportContent> result = new HubReportImport().read(requireFile(file));
        if (!result.isAccepted()) {
            throw new SubmissionException.FileRejected(result.problems());
        }
        HubReportContent report = result.records().get(0);
        return replaceDraft(request, report, summary("submission.audit.workbookImported", file.fileName(),
                report.courses().size()));
    }

    /** Takes a progress report sheet (all or nothing) into the ministry division's draft, in place of what it held. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SubmissionView importMinistryProgress(long requestId, UploadedFile file) {
        ReportRequestInfo request = reportersRequest(requestId);
        ImportResult<MinistryProgressContent> result = new MinistryProgressImport().readReport(requireFile(file));
        if (!result.isAccepted()) {
            throw new SubmissionException.FileRejected(result.problems());
        }
        MinistryProgressContent report = result.records().get(0);
        return replaceDraft(request, report, summary("submission.audit.progressWorkbookImported", file.fileName(),
                report.goals().size()));
    }

    private SubmissionView replaceDraft(ReportRequestInfo request, SubmissionContent content, String said) {
        Submission submission = submissionOf(request);
        requireWithReporter(request);
        Caller caller = currentCaller.require();
        state(() -> submission.saveDraft(content, caller.userName(), steps().now()));
        steps().store(submission);
        steps().record("submission.workbook-imported", request, said, requests.draftSaved(request.requestId()));
        return view(reloaded(request), submission);
    }

    /** A workbook for a request, filled in, with the name it is downloaded under and where its values come from. */
    public record FilledWorkbook(String fileName, byte[] content, FilledFrom filledFrom) {
    }

    /**
     * The request's template as an .xlsx workbook filled with the body's figures, to fill in offline and upload into
     * the draft: the current draft if there is one, otherwise the body's report of this kind approved for the previous
     * cycle, otherwise empty (the workbook's first line says which). A member survey's workbook asks for the snapshot
     * dates given (null: the draft's).
     */
    @ReadOnly
    @RolesAllowed({Role.Names.HUB_REPORTER, Role.Names.AMED_REPORTER, Role.Names.SURVEY_REPORTER,
            Role.Names.MINISTRY_OFFICER})
    public FilledWorkbook filledWorkbook(long requestId, LocalDate previousSnapshot, LocalDate currentSnapshot) {
        ReportRequestInfo request = reportersRequest(requestId);
        Submission submission = submissionOf(request);
        Optional<SubmissionContent> draft = submission.draft();
        Optional<LastYear> lastYear = draft.isPresent() ? Optional.empty()
                : submissions.lastYear(request.cycleId(), request.organisationCode(), request.kind());
        FilledFrom from = draft.isPresent() ? FilledFrom.DRAFT : lastYear.isPresent() ? FilledFrom.LAST_YEAR
                : FilledFrom.NOTHING;
        String note = switch (from) {
            case DRAFT -> from.note(submission.draftSavedAt().map(at -> SAVED_AT.format(at.atZone(
                    JapaneseFiscalYear.JAPAN_TIME))).orElse(""));
            case LAST_YEAR -> from.note(lastYear.orElseThrow().period().cycle());
            case NOTHING -> from.note("");
        };
        SubmissionContent content = draft.or(() -> lastYear.map(LastYear::content))
                .orElseGet(() -> SubmissionContent.empty(request.kind()));
        String name = WORKBOOK_NAMES.get(request.kind()) + "-" + requestId + ".xlsx";
        return switch (request.kind()) {
            case HUB_REPORT -> new FilledWorkbook(name,
                    ImportTemplate.xlsx(new HubReportImport(), note, (HubReportContent) content), from);
            case AMED_THEME_REPORT -> new FilledWorkbook(name, ImportTemplate.xlsx(new AmedThemeImport(today()), note,
                    AmedThemeImport.rows((AmedThemeContent) content)), from);
            case MEMBER_SURVEY -> {
                MemberSurveyContent survey = (MemberSurveyContent) content;
                LocalDate previous = previousSnapshot != null ? previousSnapshot : draft.isPresent()
                        ? survey.previousSnapshot() : null;
                LocalDate current = currentSnapshot != null ? currentSnapshot : draft.isPresent()
                        ? survey.currentSnapshot() : null;
                if (previous == null || current == null || !previous.isBefore(current)) {
                    throw new SubmissionException.NotAllowed("submission.snapshotDates");
                }
                SurveyResponseImport kind = new SurveyResponseImport(previous, current);
                yield new FilledWorkbook(name, ImportTemplate.xlsx(kind, note, kind.rows(survey)), from);
            }
            case MINISTRY_PROGRESS_REPORT -> {
                MinistryProgressImport kind = new MinistryProgressImport();
                yield new FilledWorkbook(name, ImportTemplate.xlsx(kind, note,
                        kind.rows((MinistryProgressContent) content)), from);
            }
        };
    }

    private static final DateTimeFormatter SAVED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private static final Map<SubmissionKind, String> WORKBOOK_NAMES = Map.of(
            SubmissionKind.HUB_REPORT, "hub-report",
            SubmissionKind.AMED_THEME_REPORT, "amed-themes",
            SubmissionKind.MEMBER_SURVEY, "jfmda-survey",
            SubmissionKind.MINISTRY_PROGRESS_REPORT, "ministry-progress");

    private SubmissionView saveImported(ReportRequestInfo request, SubmissionContent content, UploadedFile file,
            int rows) {
        Submission submission = submissionOf(request);
        requireWithReporter(request);
        Caller caller = currentCaller.require();
        state(() -> submission.saveDraft(content, caller.userName(), steps().now()));
        steps().store(submission);
        steps().record("submission.file-imported", request, summary("submission.audit.fileImported", file.fileName(), rows),
                requests.draftSaved(request.requestId()));
        return view(reloaded(request), submission);
    }

    // ---- ministry officers: review ------------------------------------------------------------------------------

    /** A request's submission with every version, for the review (any body's). */
    @ReadOnly
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SubmissionView openForReview(long requestId) {
        ReportRequestInfo request = requests.find(requestId).orElseThrow(() -> new SubmissionException.NotFound(requestId));
        return view(request, submissionOf(request));
    }

    /** Approves the version waiting for review: its data counts in the cycle's aggregation. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SubmissionVersion approve(long requestId, int versionNumber, String comment) {
        return steps().review(requestId, versionNumber, ReviewDecision.APPROVED, comment, false);
    }

    /** Returns the version waiting for review to the reporter with a comment (required). */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SubmissionVersion returnForCorrection(long requestId, int versionNumber, String comment) {
        if (comment == null || comment.isBlank()) {
            throw new SubmissionException.NotAllowed("submission.returnNeedsComment");
        }
        return steps().review(requestId, versionNumber, ReviewDecision.RETURNED, comment, false);
    }

    // ---- rules --------------------------------------------------------------------------------------------------

    /** The template each reporting role fills in. */
    static Optional<SubmissionKind> templateOf(Caller caller) {
        if (caller.hasRole(Role.HUB_REPORTER)) {
            return Optional.of(SubmissionKind.HUB_REPORT);
        }
        if (caller.hasRole(Role.AMED_REPORTER)) {
            return Optional.of(SubmissionKind.AMED_THEME_REPORT);
        }
        if (caller.hasRole(Role.SURVEY_REPORTER)) {
            return Optional.of(SubmissionKind.MEMBER_SURVEY);
        }
        if (caller.hasRole(Role.MINISTRY_OFFICER)) {
            return Optional.of(SubmissionKind.MINISTRY_PROGRESS_REPORT);
        }
        return Optional.empty();
    }

    /** The request, if it is the caller's organisation's and of the caller's template; else not found. */
    private ReportRequestInfo reportersRequest(long requestId) {
        Caller caller = currentCaller.require();
        return requests.find(requestId)
                .filter(request -> caller.belongsTo(request.organisationCode()))
                .filter(request -> caller.hasRole(roleFor(request.kind())))
                .orElseThrow(() -> new SubmissionException.NotFound(requestId));
    }

    private static Role roleFor(SubmissionKind kind) {
        return switch (kind) {
            case HUB_REPORT -> Role.HUB_REPORTER;
            case AMED_THEME_REPORT -> Role.AMED_REPORTER;
            case MEMBER_SURVEY -> Role.SURVEY_REPORTER;
            case MINISTRY_PROGRESS_REPORT -> Role.MINISTRY_OFFICER;
        };
    }

    private static void requireContent(ReportRequestInfo request, SubmissionContent content) {
        if (content == null) {
            throw new IllegalArgumentException("no content for request " + request.requestId());
        }
        if (content.kind() != request.kind()) {
            // the screens always send the request's template; an API client may not
            throw new SubmissionException.NotAllowed("submission.otherTemplate", request.kind().name(),
                    content.kind().name(), request.requestId());
        }
    }

    private static void requireWithReporter(ReportRequestInfo request) {
        if (!request.state().isWithReporter()) {
            throw switch (request.state()) {
                case APPROVED -> new SubmissionException.NotAllowed("submission.approvedUnchangeable");
                case CLOSED -> new SubmissionException.NotAllowed("submission.requestClosed");
                default -> new SubmissionException.NotAllowed("submission.underReview");
            };
        }
    }

    private static UploadedFile requireFile(UploadedFile file) {
        if (file == null) {
            throw new SubmissionException.NotAllowed("submission.chooseFile");
        }
        return file;
    }

    private ValidationResult validate(ReportRequestInfo request, SubmissionContent content) {
        PeriodNormalisation period = period(request);
        Optional<LastYear> lastYear = submissions.lastYear(request.cycleId(), request.organisationCode(), request.kind());
        return new SubmissionValidator(thresholds.current()).validate(content, period, lastYear);
    }

    private PeriodNormalisation period(ReportRequestInfo request) {
        return submissions.normalisationOf(request.cycleId())
                .orElseThrow(() -> new IllegalStateException("request " + request.requestId() + " names cycle "
                        + request.cycleId() + ", which does not exist"));
    }

    /** The request as it stands after the port moved it along. */
    private ReportRequestInfo reloaded(ReportRequestInfo request) {
        return requests.find(request.requestId()).orElse(request);
    }

    private Submission submissionOf(ReportRequestInfo request) {
        return submissions.findByRequest(request.requestId()).orElseGet(() -> Submission.start(request.requestId(),
                request.cycleId(), request.organisationCode(), request.kind()));
    }

    private SubmissionView view(ReportRequestInfo request, Submission submission) {
        return new SubmissionView(request, submission,
                submissions.lastYear(request.cycleId(), request.organisationCode(), request.kind()), period(request));
    }

    private SubmissionSteps steps() {
        return new SubmissionSteps(submissions, requests, auditTrail, currentCaller, clock);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), JapaneseFiscalYear.JAPAN_TIME);
    }

    /** The justifications kept in the order of the warnings (for screens). */
    public static Map<String, String> justificationsInOrder(SubmissionVersion version) {
        Map<String, String> ordered = new LinkedHashMap<>();
        version.warnings().forEach(warning -> ordered.put(warning.key(), version.justifications().get(warning.key())));
        return ordered;
    }
}

package jp.go.mhlw.kpi.web.view.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.submission.ImportCheckService;
import jp.go.mhlw.kpi.application.submission.SubmissionException;
import jp.go.mhlw.kpi.application.submission.SubmissionService;
import jp.go.mhlw.kpi.application.submission.SubmissionService.SubmissionView;
import jp.go.mhlw.kpi.domain.imports.ImportLimits;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ProgressFigure;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.UploadWithInputs;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The reporter's form of one report request ({@code /report/form.xhtml?request=<id>}), per template: the hub report
 * and the ministry progress report are typed in, or filled in offline in their workbook and uploaded into the draft
 * (checked first, then confirmed); the AMED theme list and the member survey are uploaded (all or nothing) and
 * previewed. Every template downloads as a workbook filled with the draft or last year's approved report. Save draft, submit; errors are shown at their field, warnings each with a justification.
 */
@Named
@ViewScoped
public class ReportForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A warning with the justification the reporter writes for it. */
    public static class WarningLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String field;
        private final String message;
        private String justification;

        WarningLine(ValidationWarning warning, String justification) {
            this.key = warning.key();
            this.field = warning.field();
            this.message = Feedback.message(warning.problem());
            this.justification = justification;
        }

        public String getKey() {
            return key;
        }

        public String getField() {
            return field;
        }

        public String getMessage() {
            return message;
        }

        public String getJustification() {
            return justification;
        }

        public void setJustification(String justification) {
            this.justification = justification;
        }
    }

    @Inject
    transient SubmissionService service;

    @Inject
    transient ImportCheckService importCheck;

    private Long requestId;
    private transient SubmissionView view;
    private SubmissionKind kind;
    private HubReportModel hub;
    private MinistryReportModel ministry;
    /** The uploaded (or stored) content of the AMED and survey templates. */
    private SubmissionContent uploaded;
    private LocalDate previousSnapshot = LocalDate.of(LocalDate.now().getYear() - 1, 1, 1);
    private LocalDate currentSnapshot = LocalDate.of(LocalDate.now().getYear(), 1, 1);
    private List<ImportLines.Problem> importProblems = List.of();
    /** A hub report workbook (or progress report sheet) that passed its check, waiting for the reporter's word to replace the draft. */
    private String pendingWorkbookName;
    private byte[] pendingWorkbook;
    private final Map<String, String> fieldErrors = new LinkedHashMap<>();
    private List<WarningLine> warnings = new ArrayList<>();

    public void load() {
        if (requestId == null) {
            Feedback.notFound();
            return;
        }
        try {
            view = service.openForm(requestId);
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
            return;
        }
        kind = view.request().kind();
        SubmissionContent content = view.submission().workingContent();
        hub = content instanceof HubReportContent report ? new HubReportModel(report) : null;
        ministry = content instanceof MinistryProgressContent report ? new MinistryReportModel(report) : null;
        uploaded = content instanceof AmedThemeContent || content instanceof MemberSurveyContent ? content : null;
        if (content instanceof MemberSurveyContent survey && survey.previousSnapshot() != null) {
            previousSnapshot = survey.previousSnapshot();
            currentSnapshot = survey.currentSnapshot();
        }
    }

    // ---- actions ----------------------------------------------------------------------------------------------

    public void saveDraft() {
        clearProblems();
        try {
            view = service.saveDraft(requestId, content());
            Feedback.info("report.saved");
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
        }
    }

    public void submit() {
        Map<String, String> justifications = new LinkedHashMap<>();
        warnings.forEach(line -> justifications.put(line.getKey(), line.getJustification()));
        clearProblems();
        try {
            SubmissionVersion version = service.submit(requestId, content(), justifications);
            warnings = new ArrayList<>();
            view = service.openForm(requestId);
            Feedback.info("report.submitted", version.number());
        } catch (SubmissionException.Rejected rejected) {
            for (Problem error : rejected.validation().errors()) {
                fieldErrors.merge(error.field(), Feedback.message(error), (first, second) -> first + " " + second);
                Feedback.problem(error);
            }
            warnings = new ArrayList<>();
            rejected.validation().warnings().forEach(warning ->
                    warnings.add(new WarningLine(warning, justifications.get(warning.key()))));
            if (rejected.validation().hasErrors()) {
                Feedback.error("report.notSubmitted.errors", rejected.validation().errors().size());
            } else {
                Feedback.warn("report.notSubmitted.warnings", rejected.unjustified().size());
            }
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
        }
    }

    public void addCourse() {
        hub.addCourse();
    }

    public void removeCourse(int index) {
        hub.removeCourse(index);
    }

    /** Imports the file; a member survey is read against the snapshot dates in the fields (typed or picked). */
    public void upload(FileUploadEvent event) {
        if (UploadWithInputs.postponed(event)) {
            return;
        }
        clearProblems();
        importProblems = List.of();
        UploadedFile file = new UploadedFile(event.getFile().getFileName(), event.getFile().getContent());
        try {
            view = kind == SubmissionKind.AMED_THEME_REPORT ? service.importThemes(requestId, file)
                    : service.importSurvey(requestId, file, previousSnapshot, currentSnapshot);
            uploaded = view.submission().workingContent();
            Feedback.info("report.imported", file.fileName(), rowCount());
        } catch (SubmissionException.FileRejected rejected) {
            importProblems = rejected.problems().stream().map(ImportLines.Problem::new).toList();
            Feedback.error("report.importRejected", rejected.problems().size());
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        }
    }

    /**
     * Checks a hub report workbook or a progress report sheet: its problems are shown at the upload; a file without
     * any waits for the reporter to confirm that it replaces the draft.
     */
    public void uploadWorkbook(FileUploadEvent event) {
        clearProblems();
        importProblems = List.of();
        cancelWorkbook();
        UploadedFile file = new UploadedFile(event.getFile().getFileName(), event.getFile().getContent());
        List<ImportProblem> problems = kind == SubmissionKind.HUB_REPORT ? importCheck.checkHubReport(file).problems()
                : importCheck.checkMinistryProgress(file).problems();
        if (!problems.isEmpty()) {
            importProblems = problems.stream().map(ImportLines.Problem::new).toList();
            Feedback.error("report.importRejected", problems.size());
            return;
        }
        pendingWorkbookName = file.fileName();
        pendingWorkbook = file.content();
    }

    /** Replaces the draft by the checked file (read again, all or nothing). */
    public void replaceDraftByWorkbook() {
        if (pendingWorkbook == null) {
            return;
        }
        UploadedFile file = new UploadedFile(pendingWorkbookName, pendingWorkbook);
        cancelWorkbook();
        try {
            view = kind == SubmissionKind.HUB_REPORT ? service.importHubReport(requestId, file)
                    : service.importMinistryProgress(requestId, file);
            SubmissionContent content = view.submission().workingContent();
            hub = content instanceof HubReportContent report ? new HubReportModel(report) : null;
            ministry = content instanceof MinistryProgressContent report ? new MinistryReportModel(report) : null;
            warnings = new ArrayList<>();
            Feedback.info("report.workbook.imported", file.fileName());
        } catch (SubmissionException.FileRejected rejected) {
            importProblems = rejected.problems().stream().map(ImportLines.Problem::new).toList();
            Feedback.error("report.importRejected", rejected.problems().size());
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
        }
    }

    public void cancelWorkbook() {
        pendingWorkbookName = null;
        pendingWorkbook = null;
    }

    /**
     * The request's workbook filled with the draft or last year's approved report; a member survey's asks for the
     * snapshot dates in the fields. Null (nothing downloaded, the reason shown) when the service refuses.
     */
    public StreamedContent getFilledWorkbook() {
        try {
            boolean survey = kind == SubmissionKind.MEMBER_SURVEY;
            SubmissionService.FilledWorkbook workbook = service.filledWorkbook(requestId,
                    survey ? previousSnapshot : null, survey ? currentSnapshot : null);
            return DefaultStreamedContent.builder()
                    .name(workbook.fileName())
                    .contentType(XLSX)
                    .stream(() -> new ByteArrayInputStream(workbook.content()))
                    .build();
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
            return null;
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
            return null;
        }
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private SubmissionContent content() {
        if (hub != null) {
            return hub.toContent();
        }
        if (ministry != null) {
            return ministry.toContent();
        }
        return uploaded;
    }

    private void clearProblems() {
        fieldErrors.clear();
    }

    // ---- what the page shows ----------------------------------------------------------------------------------

    /** A question, an answer option, a progress figure... in the user's language. */
    public String label(Labelled value) {
        return Feedback.label(value);
    }

    /** The unit shown after a progress figure's value, in the user's language. */
    public String unit(ProgressFigure figure) {
        return figure.unit(Feedback.locale());
    }

    /** The error at a field (as the validation names it), or null. */
    public String error(String field) {
        return fieldErrors.get(field);
    }

    /** The error at a field of course {@code index}, e.g. {@code courseError(2, "participants")}. */
    public String courseError(int index, String part) {
        return fieldErrors.get("courses[" + index + "]." + part);
    }

    public List<WarningLine> getWarnings() {
        return warnings;
    }

    public boolean isEditable() {
        return view != null && view.isEditable();
    }

    public SubmissionKind getKind() {
        return kind;
    }

    public String getState() {
        return view == null ? "" : view.request().state().name();
    }

    public LocalDate getDue() {
        return view == null ? null : view.request().due();
    }

    public String getPeriod() {
        return view == null ? "" : view.period().cycle() + " (" + view.period().periodStart() + " – "
                + view.period().periodEnd() + ", ×" + view.period().factorText() + ")";
    }

    public boolean isLastYearAvailable() {
        return view != null && view.lastYear().isPresent();
    }

    public String getReturnComment() {
        return view == null ? null : view.submission().latestVersion().filter(SubmissionVersion::isReturned)
                .flatMap(SubmissionVersion::review).map(review -> review.comment()).orElse(null);
    }

    /** The secretariat's reason for reopening the approved report, until the corrected version is submitted. */
    public String getReopenReason() {
        return view == null ? null : view.submission().reopening()
                .map(jp.go.mhlw.kpi.domain.model.submission.Submission.Reopening::reason).orElse(null);
    }

    public List<VersionLine> getVersions() {
        if (view == null) {
            return List.of();
        }
        List<VersionLine> lines = new ArrayList<>();
        view.submission().versions().forEach(version -> lines.add(new VersionLine(version,
                view.submission().isSuperseded(version))));
        java.util.Collections.reverse(lines);
        return lines;
    }

    public HubReportModel getHub() {
        return hub;
    }

    public MinistryReportModel getMinistry() {
        return ministry;
    }

    public List<ImportLines.Theme> getThemes() {
        return uploaded instanceof AmedThemeContent amed ? ImportLines.themes(amed) : List.of();
    }

    public List<ImportLines.Company> getCompanies() {
        return uploaded instanceof MemberSurveyContent survey ? ImportLines.companies(survey) : List.of();
    }

    public int rowCount() {
        if (uploaded instanceof AmedThemeContent amed) {
            return amed.themes().size();
        }
        return uploaded instanceof MemberSurveyContent survey ? survey.rows().size() : 0;
    }

    public List<ImportLines.Problem> getImportProblems() {
        return importProblems;
    }

    /** True when a problem names its sheet (a workbook of several sheets). */
    public boolean isProblemsBySheet() {
        return importProblems.stream().anyMatch(problem -> !problem.getSheet().isEmpty());
    }

    public String getPendingWorkbookName() {
        return pendingWorkbookName;
    }

    /** The limits the page states and the browser checks, the same the server applies. */
    public ImportLimits getLimits() {
        return ImportLimits.DEFAULT;
    }

    public String getFieldErrorsSummary() {
        return String.join("\n", fieldErrors.values());
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public LocalDate getPreviousSnapshot() {
        return previousSnapshot;
    }

    public void setPreviousSnapshot(LocalDate previousSnapshot) {
        this.previousSnapshot = previousSnapshot;
    }

    public LocalDate getCurrentSnapshot() {
        return currentSnapshot;
    }

    public void setCurrentSnapshot(LocalDate currentSnapshot) {
        this.currentSnapshot = currentSnapshot;
    }
}

package jp.go.mhlw.kpi.web.view.imports;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.submission.ImportCheckService;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.InternationalShares;
import jp.go.mhlw.kpi.domain.computation.ThemeStatisticsReport;
import jp.go.mhlw.kpi.domain.imports.ImportLimits;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.UploadWithInputs;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import check: upload an AMED theme list or a JFMDA survey file, see every problem and warning by row and
 * column, or the figures it yields with their counts and the dates they were computed at. Which kinds a user sees
 * follows their role; the service checks it again.
 */
@Named
@ViewScoped
public class ImportCheckForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The two spreadsheet-shaped inputs. */
    public enum Kind { AMED_THEMES, SURVEY_RESPONSES }

    @Inject
    transient ImportCheckService service;

    private Kind kind;
    private LocalDate surveyReferenceDate = LocalDate.of(LocalDate.now().getYear(), 1, 1);
    private LocalDate previousSnapshot = surveyReferenceDate.minusYears(1);
    private LocalDate currentSnapshot = surveyReferenceDate;
    private String fileName;
    private int recordCount;
    private List<ProblemLine> problems = List.of();
    private List<ProblemLine> warnings = List.of();
    private String datesUsed;
    private List<GroupLine> allThemes = List.of();
    private List<GroupLine> matureThemes = List.of();
    private String domesticRespondents;
    private ShareLine ventureShare;
    private ShareLine otherIndustryShare;
    private List<SnapshotLine> international = List.of();

    public List<Kind> getKinds() {
        FacesContext context = FacesContext.getCurrentInstance();
        List<Kind> kinds = new ArrayList<>();
        boolean secretariat = context.getExternalContext().isUserInRole(Role.Names.SECRETARIAT);
        if (secretariat || context.getExternalContext().isUserInRole(Role.Names.AMED_REPORTER)) {
            kinds.add(Kind.AMED_THEMES);
        }
        if (secretariat || context.getExternalContext().isUserInRole(Role.Names.SURVEY_REPORTER)) {
            kinds.add(Kind.SURVEY_RESPONSES);
        }
        if (kind == null && !kinds.isEmpty()) {
            kind = kinds.get(0);
        }
        return kinds;
    }

    /**
     * Checks the file against the dates in the fields: the upload carries them (typed or picked), and the check waits
     * until they are in the bean; a date that could not be read stops it, and no figures are shown.
     */
    public void upload(FileUploadEvent event) {
        clearResult();
        if (UploadWithInputs.postponed(event)) {
            return;
        }
        fileName = event.getFile().getFileName();
        UploadedFile file = new UploadedFile(fileName, event.getFile().getContent());
        if (kind == Kind.SURVEY_RESPONSES) {
            if (!previousSnapshot.isBefore(currentSnapshot)) {
                fileName = null;
                Feedback.error("import.snapshotsOrder");
                return;
            }
            ImportCheckService.SurveyCheck check = service.checkSurvey(file, previousSnapshot, currentSnapshot);
            show(check.result().problems(), check.result().warnings(), check.result().records().size());
            datesUsed = Feedback.text("import.datesUsed.survey", check.previousSnapshot().toString(),
                    check.currentSnapshot().toString());
            if (check.result().isAccepted()) {
                domesticRespondents = Long.toString(check.domesticRespondents());
                ventureShare = ShareLine.of(check.ventureShare());
                otherIndustryShare = ShareLine.of(check.otherIndustryShare());
                international = check.international().stream().map(SnapshotLine::new).toList();
            }
        } else {
            ImportCheckService.ThemeCheck check = service.checkAmedThemes(file, surveyReferenceDate);
            show(check.result().problems(), check.result().warnings(), check.result().records().size());
            datesUsed = Feedback.text("import.datesUsed.themes", check.surveyReferenceDate().toString(),
                    check.surveyReferenceDate().minusYears(1).toString(), check.today().toString());
            allThemes = lines(check.all());
            matureThemes = lines(check.mature());
        }
        if (!problems.isEmpty()) {
            Feedback.error("import.rejected");
        } else if (!warnings.isEmpty()) {
            Feedback.warn("import.acceptedWithWarnings", warnings.size());
        } else {
            Feedback.info("import.accepted");
        }
    }

    private void show(List<ImportProblem> problemsFound, List<ImportProblem> warningsFound, int records) {
        problems = problemsFound.stream().map(ProblemLine::new).toList();
        warnings = warningsFound.stream().map(ProblemLine::new).toList();
        recordCount = records;
    }

    public StreamedContent getXlsxTemplate() {
        return template(true);
    }

    public StreamedContent getCsvTemplate() {
        return template(false);
    }

    private StreamedContent template(boolean xlsx) {
        byte[] content = kind == Kind.SURVEY_RESPONSES
                ? service.surveyTemplate(xlsx, previousSnapshot, currentSnapshot)
                : service.amedThemeTemplate(xlsx);
        String name = (kind == Kind.SURVEY_RESPONSES ? "jfmda-survey-template" : "amed-themes-template") + (xlsx ? ".xlsx" : ".csv");
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public void kindChanged() {
        clearResult();
    }

    /** Figures shown are always those of the dates shown: a changed date clears them until the file is checked again. */
    public void datesChanged() {
        clearResult();
    }

    private void clearResult() {
        fileName = null;
        recordCount = 0;
        problems = List.of();
        warnings = List.of();
        datesUsed = null;
        allThemes = List.of();
        matureThemes = List.of();
        domesticRespondents = null;
        ventureShare = null;
        otherIndustryShare = null;
        international = List.of();
    }

    private static List<GroupLine> lines(ThemeStatisticsReport report) {
        if (report == null) {
            return List.of();
        }
        List<GroupLine> lines = new ArrayList<>();
        for (FocusArea area : FocusArea.values()) {
            if (report.byFocusArea().containsKey(area)) {
                lines.add(new GroupLine(Feedback.label(area), report.byFocusArea().get(area)));
            }
        }
        report.byStageAtAdoption().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.add(new GroupLine(Feedback.text("import.adoptedAt",
                        entry.getKey().ordinalLabel(), Feedback.label(entry.getKey())), entry.getValue())));
        lines.add(new GroupLine(Feedback.text("import.total"), report.overall()));
        return lines;
    }

    /** The limits the page states and the browser checks, the same the server applies. */
    public ImportLimits getLimits() {
        return ImportLimits.DEFAULT;
    }

    public Kind getKind() {
        return kind;
    }

    public void setKind(Kind kind) {
        this.kind = kind;
    }

    public LocalDate getSurveyReferenceDate() {
        return surveyReferenceDate;
    }

    public void setSurveyReferenceDate(LocalDate surveyReferenceDate) {
        this.surveyReferenceDate = surveyReferenceDate;
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

    public String getFileName() {
        return fileName;
    }

    public int getRecordCount() {
        return recordCount;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public List<ProblemLine> getWarnings() {
        return warnings;
    }

    public String getDatesUsed() {
        return datesUsed;
    }

    public List<GroupLine> getAllThemes() {
        return allThemes;
    }

    public List<GroupLine> getMatureThemes() {
        return matureThemes;
    }

    public String getDomesticRespondents() {
        return domesticRespondents;
    }

    public ShareLine getVentureShare() {
        return ventureShare;
    }

    public ShareLine getOtherIndustryShare() {
        return otherIndustryShare;
    }

    public List<SnapshotLine> getInternational() {
        return international;
    }

    /** One international item at the two snapshots, with the change in points. */
    public static final class SnapshotLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String item;
        private final ShareLine previous;
        private final ShareLine current;
        private final String change;

        SnapshotLine(InternationalShares.Comparison comparison) {
            this.item = Feedback.text(comparison.isBase() ? "import.international.base" : "import.international.activity",
                    Feedback.label(comparison.item()));
            this.previous = ShareLine.of(comparison.previous().orElse(null));
            this.current = ShareLine.of(comparison.current().orElse(null));
            this.change = comparison.change().map(ShareLine::display).orElse("—");
        }

        public String getItem() {
            return item;
        }

        public ShareLine getPrevious() {
            return previous;
        }

        public ShareLine getCurrent() {
            return current;
        }

        public String getChange() {
            return change;
        }
    }
}

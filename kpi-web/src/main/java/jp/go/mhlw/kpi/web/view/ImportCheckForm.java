package jp.go.mhlw.kpi.web.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import jp.go.mhlw.kpi.application.ImportCheckService;
import jp.go.mhlw.kpi.domain.computation.DisplayRounding;
import jp.go.mhlw.kpi.domain.computation.FocusArea;
import jp.go.mhlw.kpi.domain.computation.KpiFigure;
import jp.go.mhlw.kpi.domain.computation.ThemeGroupFigures;
import jp.go.mhlw.kpi.domain.computation.ThemeStatisticsReport;
import jp.go.mhlw.kpi.domain.imports.ImportProblem;
import jp.go.mhlw.kpi.domain.imports.UploadedFile;
import jp.go.mhlw.kpi.domain.model.security.Role;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The import check: upload an AMED theme list or a JFMDA survey file, see every problem by row and column, or
 * the figures it yields. Which kinds a user sees follows their role; the service checks it again.
 */
@Named
@ViewScoped
public class ImportCheckForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The two spreadsheet-shaped inputs. */
    public enum Kind { AMED_THEMES, SURVEY_RESPONSES }

    /** One line of the problem list, in the user's language. */
    public static final class ProblemLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String row;
        private final String column;
        private final String message;

        ProblemLine(ImportProblem problem, boolean english) {
            this.row = problem.row() == 0 ? "—" : Integer.toString(problem.row());
            this.column = problem.column();
            this.message = english ? problem.messageEn() : problem.messageJa();
        }

        public String getRow() {
            return row;
        }

        public String getColumn() {
            return column;
        }

        public String getMessage() {
            return message;
        }
    }

    /** One group of the focus-area preview, rounded for display as the committee prints it. */
    public static final class GroupLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String group;
        private final int themes;
        private final String averageGrant;
        private final String stageUpRatio;
        private final String launchRatio;

        GroupLine(String group, ThemeGroupFigures figures) {
            this.group = group;
            this.themes = figures.themes();
            this.averageGrant = display(figures.averageGrant());
            this.stageUpRatio = display(figures.stageUpRatio());
            this.launchRatio = display(figures.launchRatio());
        }

        public String getGroup() {
            return group;
        }

        public int getThemes() {
            return themes;
        }

        public String getAverageGrant() {
            return averageGrant;
        }

        public String getStageUpRatio() {
            return stageUpRatio;
        }

        public String getLaunchRatio() {
            return launchRatio;
        }
    }

    @Inject
    transient ImportCheckService service;

    private Kind kind;
    private LocalDate surveyReferenceDate = LocalDate.of(LocalDate.now().getYear(), 1, 1);
    private LocalDate previousSnapshot = surveyReferenceDate.minusYears(1);
    private LocalDate currentSnapshot = surveyReferenceDate;
    private String fileName;
    private int recordCount;
    private List<ProblemLine> problems = List.of();
    private List<GroupLine> allThemes = List.of();
    private List<GroupLine> matureThemes = List.of();
    private String domesticRespondents;
    private String ventureShare;
    private String otherIndustryShare;

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

    public void upload(FileUploadEvent event) {
        clearResult();
        fileName = event.getFile().getFileName();
        UploadedFile file = new UploadedFile(fileName, event.getFile().getContent());
        boolean english = isEnglish();
        if (kind == Kind.SURVEY_RESPONSES) {
            if (!previousSnapshot.isBefore(currentSnapshot)) {
                message(FacesMessage.SEVERITY_ERROR, "import.snapshotsOrder");
                return;
            }
            ImportCheckService.SurveyCheck check = service.checkSurvey(file, previousSnapshot, currentSnapshot);
            problems = check.result().problems().stream().map(problem -> new ProblemLine(problem, english)).toList();
            recordCount = check.result().records().size();
            if (check.result().isAccepted()) {
                domesticRespondents = Long.toString(check.domesticRespondents());
                ventureShare = display(check.ventureShare());
                otherIndustryShare = display(check.otherIndustryShare());
            }
        } else {
            ImportCheckService.ThemeCheck check = service.checkAmedThemes(file, surveyReferenceDate);
            problems = check.result().problems().stream().map(problem -> new ProblemLine(problem, english)).toList();
            recordCount = check.result().records().size();
            allThemes = lines(check.all());
            matureThemes = lines(check.mature());
        }
        message(problems.isEmpty() ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_ERROR,
                problems.isEmpty() ? "import.accepted" : "import.rejected");
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

    private void clearResult() {
        fileName = null;
        recordCount = 0;
        problems = List.of();
        allThemes = List.of();
        matureThemes = List.of();
        domesticRespondents = null;
        ventureShare = null;
        otherIndustryShare = null;
    }

    private List<GroupLine> lines(ThemeStatisticsReport report) {
        if (report == null) {
            return List.of();
        }
        List<GroupLine> lines = new ArrayList<>();
        for (FocusArea area : FocusArea.values()) {
            ThemeGroupFigures figures = report.byFocusArea().get(area);
            if (figures != null) {
                lines.add(new GroupLine(area.displayLabel(), figures));
            }
        }
        report.byStageAtAdoption().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(entry -> lines.add(new GroupLine(entry.getKey().displayLabel(), entry.getValue())));
        lines.add(new GroupLine(bundle().getString("import.total"), report.overall()));
        return lines;
    }

    private static String display(KpiFigure figure) {
        return figure == null ? "—" : DisplayRounding.format(figure);
    }

    private boolean isEnglish() {
        return Locale.ENGLISH.getLanguage().equals(FacesContext.getCurrentInstance().getViewRoot().getLocale().getLanguage());
    }

    private ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    private void message(FacesMessage.Severity severity, String key) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, bundle().getString(key), null));
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

    public List<GroupLine> getAllThemes() {
        return allThemes;
    }

    public List<GroupLine> getMatureThemes() {
        return matureThemes;
    }

    public String getDomesticRespondents() {
        return domesticRespondents;
    }

    public String getVentureShare() {
        return ventureShare;
    }

    public String getOtherIndustryShare() {
        return otherIndustryShare;
    }
}

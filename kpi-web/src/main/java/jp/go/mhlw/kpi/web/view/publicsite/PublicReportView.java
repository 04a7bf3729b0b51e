package jp.go.mhlw.kpi.web.view.publicsite;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import jp.go.mhlw.kpi.application.report.CycleKeys;
import jp.go.mhlw.kpi.application.report.PublishedReports;
import jp.go.mhlw.kpi.domain.computation.FigureUnit;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.published.PublishedFigure;
import jp.go.mhlw.kpi.domain.model.report.MissingBody;
import jp.go.mhlw.kpi.domain.model.report.PublishedReport;
import jp.go.mhlw.kpi.domain.model.report.PublishedReportSummary;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.cycle.YearOverYearChart;

/** The public list of published reports and one version of one cycle's report, without login. */
@Named
@ViewScoped
public class PublicReportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PublishedReports publishedReports;

    private String cycle;
    private Integer version;
    private PublishedReport report;
    private List<PublishedReport> versions = List.of();
    private List<PublishedReportSummary> current = List.of();
    private List<FollowUpCycle> printedCycles = List.of();
    private List<PublishedFigure> printed = List.of();
    private FollowUpCycle printedCycle;

    public void loadList() {
        current = publishedReports.current();
        printedCycles = publishedReports.printedCycles();
    }

    /**
     * An unknown cycle or version is a 404, like any missing page; a cycle published before this application (its
     * printed figures only) opens the page of those figures.
     */
    public void loadReport() throws IOException {
        versions = publishedReports.versions(cycle);
        report = publishedReports.find(cycle, version).orElse(null);
        List<PublishedFigure> printedOnly = report == null && version == null
                ? publishedReports.printedFigures(cycle) : List.of();
        if (!printedOnly.isEmpty()) {
            ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
            context.redirect(context.getRequestContextPath() + "/public/printed.xhtml?cycle="
                    + CycleKeys.of(printedOnly.get(0).getCycle()));
            return;
        }
        if (report == null) {
            Feedback.notFound();
        }
    }

    /** The figures a cycle published before this application printed; a 404 for any other cycle. */
    public void loadPrinted() throws IOException {
        printed = publishedReports.printedFigures(cycle);
        if (printed.isEmpty()) {
            Feedback.notFound();
            return;
        }
        printedCycle = printed.get(0).getCycle();
    }

    public String keyOfCycle(FollowUpCycle published) {
        return CycleKeys.of(published);
    }

    public String keyOf(PublishedReport published) {
        return CycleKeys.of(published.getCycle());
    }

    /** The key of a listed version's cycle, for its link. */
    public String keyOfListed(PublishedReportSummary listed) {
        return CycleKeys.of(listed.getCycle());
    }

    /** The year-over-year ratios as a Chart.js bar chart (empty without any). */
    public String getRatioChart() {
        return report == null ? "" : YearOverYearChart.of(report.getLines(), FigureUnit.TIMES, isEnglish());
    }

    /** The changes in percentage points as a Chart.js bar chart (empty without any). */
    public String getPointChart() {
        return report == null ? "" : YearOverYearChart.of(report.getLines(), FigureUnit.PERCENTAGE_POINTS, isEnglish());
    }

    /** Where a missing body's request stood, in the user's language. */
    public String missingState(MissingBody body) {
        return body.stateLabel(Feedback.locale());
    }

    public boolean isEnglish() {
        return Feedback.isEnglish();
    }

    /** The reader's language, for the figures' lineage. */
    public java.util.Locale getLocale() {
        return Feedback.locale();
    }

    public String getCycle() {
        return cycle;
    }

    public void setCycle(String cycle) {
        this.cycle = cycle;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }

    public PublishedReport getReport() {
        return report;
    }

    public List<PublishedReport> getVersions() {
        return versions;
    }

    public List<PublishedReportSummary> getCurrent() {
        return current;
    }

    public List<FollowUpCycle> getPrintedCycles() {
        return printedCycles;
    }

    public List<PublishedFigure> getPrinted() {
        return printed;
    }

    public FollowUpCycle getPrintedCycle() {
        return printedCycle;
    }
}

package jp.go.mhlw.kpi.web.view.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.followup.ReportRequestNotFoundException;
import jp.go.mhlw.kpi.application.followup.ReportRequestViews;
import jp.go.mhlw.kpi.application.submission.SubmissionException;
import jp.go.mhlw.kpi.application.submission.SubmissionService;
import jp.go.mhlw.kpi.application.submission.SubmissionService.SubmissionView;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.ComparedFigure;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.ReviewComparison;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;
import jp.go.mhlw.kpi.domain.shared.Labelled;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.FollowUpDiagrams;
import jp.go.mhlw.kpi.web.view.report.ImportLines;
import jp.go.mhlw.kpi.web.view.report.VersionLine;

/**
 * The officer's review of one request's submission ({@code /review/submission.xhtml?request=<id>}): the chosen
 * version (the latest by default; every version stays readable, each with its own state) compared field by field
 * with the previous version and with last year's approved data, its figures beside last year's, its warnings with
 * the reporter's justifications beside the fields and figures they are about, the version history, and approve /
 * return with a comment after a confirmation.
 */
@Named
@ViewScoped
public class SubmissionReview implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A figure beside last year's. */
    public static class FigureLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final String current;
        private final String currentPerYear;
        private final String previous;
        private final String previousPerYear;
        private final List<JustifiedWarning> warnings;

        FigureLine(ComparedFigure figure, List<JustifiedWarning> warnings) {
            label = Feedback.label(figure.label());
            current = plain(figure.current());
            currentPerYear = plain(figure.currentPerYear());
            previous = plain(figure.previous());
            previousPerYear = plain(figure.previousPerYear());
            this.warnings = List.copyOf(warnings);
        }

        /** The warnings this figure raised, with the reporter's reasons, shown beside it. */
        public List<JustifiedWarning> getWarnings() {
            return warnings;
        }

        public String getLabel() {
            return label;
        }

        public String getCurrent() {
            return current;
        }

        public String getCurrentPerYear() {
            return currentPerYear;
        }

        public String getPrevious() {
            return previous;
        }

        public String getPreviousPerYear() {
            return previousPerYear;
        }
    }

    /** A warning with the reporter's justification. */
    public static class JustifiedWarning implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String key;
        private final String field;
        private final String message;
        private final String justification;

        JustifiedWarning(ValidationWarning warning, String justification) {
            key = warning.key();
            field = warning.field();
            message = Feedback.message(warning.problem());
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
    }

    /**
     * One field of the shown version beside the previous version and last year's, with how it changed against each
     * in words (the marker the page shows with its icon: never colour alone), and the warnings raised at it.
     */
    public static class DiffLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final String current;
        private final String previousVersion;
        private final String sincePreviousVersion;
        private final String sincePreviousVersionText;
        private final String lastYear;
        private final String sinceLastYear;
        private final String sinceLastYearText;
        private final boolean changed;
        private final List<JustifiedWarning> warnings;

        DiffLine(ReviewComparison.Row row, List<JustifiedWarning> warnings) {
            label = Feedback.label(row.label());
            current = shown(row.current());
            previousVersion = shown(row.previousVersion());
            sincePreviousVersion = row.sincePreviousVersion() == null ? "" : row.sincePreviousVersion().name();
            sincePreviousVersionText = row.sincePreviousVersion() == null ? ""
                    : Feedback.label(row.sincePreviousVersion());
            lastYear = shown(row.lastYear());
            sinceLastYear = row.sinceLastYear() == null ? "" : row.sinceLastYear().name();
            sinceLastYearText = row.sinceLastYear() == null ? "" : Feedback.label(row.sinceLastYear());
            changed = row.isChanged();
            this.warnings = List.copyOf(warnings);
        }

        private static String shown(Labelled value) {
            return value == null ? "—" : Feedback.label(value);
        }

        public String getLabel() {
            return label;
        }

        public String getCurrent() {
            return current;
        }

        public String getPreviousVersion() {
            return previousVersion;
        }

        /** The change's name (UNCHANGED, CHANGED, ADDED, REMOVED; empty without a previous version). */
        public String getSincePreviousVersion() {
            return sincePreviousVersion;
        }

        public String getSincePreviousVersionText() {
            return sincePreviousVersionText;
        }

        public String getLastYear() {
            return lastYear;
        }

        public String getSinceLastYear() {
            return sinceLastYear;
        }

        public String getSinceLastYearText() {
            return sinceLastYearText;
        }

        public boolean isChanged() {
            return changed;
        }

        public List<JustifiedWarning> getWarnings() {
            return warnings;
        }
    }

    /** A line of the content as submitted: a label and its value. */
    public static class ContentLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String label;
        private final String value;

        ContentLine(String label, Object value) {
            this.label = label;
            this.value = value == null ? "" : value.toString();
        }

        public String getLabel() {
            return label;
        }

        public String getValue() {
            return value;
        }
    }

    @Inject
    transient SubmissionService service;

    @Inject
    transient ReportRequestViews requests;

    @Inject
    transient DiagramLayouts layouts;

    private ProcessDiagram diagram = ProcessDiagram.none();

    private Long requestId;
    private Integer versionNumber;
    /** Package-private for the bean's test. */
    transient SubmissionView view;
    private String comment;
    private boolean changedOnly;
    /** The comparison of the shown version, kept while the same version is shown (a table reads it several times). */
    private transient ReviewComparison comparison;
    private transient int comparisonOf;

    public void load() {
        if (requestId == null) {
            Feedback.notFound();
            return;
        }
        try {
            view = service.openForReview(requestId);
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
            return;
        }
        showProcess();
        if (versionNumber == null || view.submission().version(versionNumber).isEmpty()) {
            versionNumber = view.submission().latestVersion().map(SubmissionVersion::number).orElse(null);
        }
    }

    /** The request's process; a request the caller may review but not view has no diagram. */
    private void showProcess() {
        try {
            diagram = FollowUpDiagrams.of(layouts, requests.position(requestId).stream().toList());
        } catch (ReportRequestNotFoundException notVisible) {
            diagram = ProcessDiagram.none();
        }
    }

    /** The request's process: its diagram with the current step marked, and the step by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public void approve() {
        decide(true);
    }

    public void returnForCorrection() {
        decide(false);
    }

    private void decide(boolean approve) {
        try {
            SubmissionVersion reviewed = approve ? service.approve(requestId, versionNumber, comment)
                    : service.returnForCorrection(requestId, versionNumber, comment);
            comment = null;
            view = service.openForReview(requestId);
            showProcess();
            Feedback.info(approve ? "review.approvedDone" : "review.returnedDone", reviewed.number());
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        } catch (SubmissionException.NotFound notFound) {
            Feedback.notFound();
        }
    }

    private SubmissionVersion version() {
        return view == null || versionNumber == null ? null : view.submission().version(versionNumber).orElse(null);
    }

    public boolean isSubmitted() {
        return version() != null;
    }

    /** True when the shown version is the one waiting for a decision. */
    public boolean isDecidable() {
        SubmissionVersion shown = version();
        return shown != null && shown.isAwaitingReview()
                && view.submission().latestVersion().map(latest -> latest.number() == shown.number()).orElse(false);
    }

    public String getOrganisationCode() {
        return view == null ? "" : view.request().organisationCode();
    }

    public String getKind() {
        return view == null ? "" : view.request().kind().name();
    }

    /** The request's state (where the body's report stands now, whichever version is shown). */
    public String getRequestState() {
        return view == null ? "" : view.request().state().name();
    }

    /**
     * The shown version's own state: AWAITING, APPROVED or RETURNED; the request's state (as a report state) when
     * nothing was submitted.
     */
    public String getVersionState() {
        SubmissionVersion shown = version();
        if (shown == null) {
            return getRequestState();
        }
        return shown.review().map(review -> review.decision() == ReviewDecision.APPROVED ? "APPROVED" : "RETURNED")
                .orElse("AWAITING");
    }

    /** The number of the version the shown one is compared with (0 for the first). */
    public int getPreviousVersionNumber() {
        SubmissionVersion shown = version();
        return shown == null ? 0 : shown.number() - 1;
    }

    /** The shown version field by field beside the previous version and last year's approved data. */
    public List<DiffLine> getDiff() {
        SubmissionVersion shown = version();
        if (shown == null) {
            return List.of();
        }
        ReviewComparison comparison = comparison(shown);
        List<JustifiedWarning> warnings = getWarnings();
        return (changedOnly ? comparison.changedRows() : comparison.rows()).stream()
                .map(row -> new DiffLine(row, warnings.stream()
                        .filter(warning -> row.field() != null && row.field().equals(warning.getField())).toList()))
                .toList();
    }

    /** How many fields differ from the previous version or from last year. */
    public int getChangedCount() {
        SubmissionVersion shown = version();
        return shown == null ? 0 : comparison(shown).changedRows().size();
    }

    public boolean isComparedWithPreviousVersion() {
        return getPreviousVersionNumber() > 0;
    }

    public boolean isComparedWithLastYear() {
        return view != null && view.lastYear().isPresent();
    }

    private ReviewComparison comparison(SubmissionVersion shown) {
        if (comparison == null || comparisonOf != shown.number()) {
            comparison = ReviewComparison.of(shown.content(),
                    view.submission().version(shown.number() - 1).map(SubmissionVersion::content),
                    view.lastYear().map(LastYear::content));
            comparisonOf = shown.number();
        }
        return comparison;
    }

    public String getPeriod() {
        return view == null ? "" : view.period().cycle() + " (×" + view.period().factorText() + ")";
    }

    public String getLastYearPeriod() {
        return view == null ? "" : view.lastYear().map(last -> last.period().cycle() + " (×" + last.period().factorText() + ")")
                .orElse(Feedback.text("review.noLastYear"));
    }

    public List<FigureLine> getFigures() {
        SubmissionVersion shown = version();
        if (shown == null) {
            return List.of();
        }
        List<JustifiedWarning> warnings = getWarnings();
        // the validator keys a figure's warning "change:" and the figure's key
        return ComparedFigure.of(shown.content(), view.period(), view.lastYear()).stream()
                .map(figure -> new FigureLine(figure, warnings.stream()
                        .filter(warning -> warning.getKey().equals("change:" + figure.key())).toList()))
                .toList();
    }

    public List<JustifiedWarning> getWarnings() {
        SubmissionVersion shown = version();
        if (shown == null) {
            return List.of();
        }
        return shown.warnings().stream()
                .map(warning -> new JustifiedWarning(warning, shown.justifications().get(warning.key()))).toList();
    }

    /** The shown version's content, line by line (the template's fields in its order). */
    public List<ContentLine> getContent() {
        SubmissionVersion shown = version();
        return shown == null ? List.of() : lines(shown.content());
    }

    public List<ImportLines.Theme> getThemes() {
        SubmissionVersion shown = version();
        return shown != null && shown.content() instanceof AmedThemeContent amed ? ImportLines.themes(amed) : List.of();
    }

    public List<ImportLines.Company> getCompanies() {
        SubmissionVersion shown = version();
        return shown != null && shown.content() instanceof MemberSurveyContent survey ? ImportLines.companies(survey)
                : List.of();
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

    private static List<ContentLine> lines(SubmissionContent content) {
        List<ContentLine> lines = new ArrayList<>();
        if (content instanceof HubReportContent hub) {
            HubReportContent.RESEARCH_STAGES.forEach(stage -> {
                var row = hub.jointResearchAt(stage);
                lines.add(new ContentLine(Feedback.text("hub.jointResearch") + " " + stage.displayLabel(Feedback.locale()),
                        row.cases() + " " + Feedback.text("unit.cases") + (row.averageAmountThousandYen() == null ? ""
                                : " / " + row.averageAmountThousandYen() + " " + Feedback.text("unit.thousandYen"))));
            });
            lines.add(new ContentLine(Feedback.text("hub.cooperation"), hub.cooperationWithOtherHubs()));
            lines.add(new ContentLine(Feedback.text("hub.international"), hub.internationalTrialInfrastructure()));
            lines.add(new ContentLine(Feedback.text("hub.platforms"), hub.platforms().stream().sorted()
                    .map(Feedback::label).reduce((a, b) -> a + " / " + b).orElse("—")));
            for (int i = 0; i < hub.courses().size(); i++) {
                var course = hub.courses().get(i);
                lines.add(new ContentLine(Feedback.text("hub.course") + " " + (i + 1), course.name() + " — "
                        + course.categories().stream().sorted().map(category -> String.valueOf(category.number()))
                        .reduce((a, b) -> a + "," + b).orElse("") + " / " + course.participants() + " "
                        + Feedback.text("unit.people") + (course.survey() == null ? ""
                        : " / " + Feedback.text("hub.respondents") + " " + course.survey().respondents())));
            }
        } else if (content instanceof MinistryProgressContent ministry) {
            for (GoalProgress goal : ministry.goals()) {
                lines.add(new ContentLine(Feedback.text("ministry.goal", goal.goal()), goal.narrative()));
                goal.figures().forEach((figure, value) -> lines.add(new ContentLine(
                        Feedback.label(figure), value.toPlainString() + " " + figure.unit(Feedback.locale()))));
            }
        } else if (content instanceof AmedThemeContent amed) {
            lines.add(new ContentLine(Feedback.text("review.rows"), amed.themes().size()));
        } else if (content instanceof MemberSurveyContent survey) {
            lines.add(new ContentLine(Feedback.text("survey.snapshots"), survey.previousSnapshot() + " / "
                    + survey.currentSnapshot()));
            lines.add(new ContentLine(Feedback.text("review.rows"), survey.rows().size()));
        }
        return lines;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public Long getRequestId() {
        return requestId;
    }

    public void setRequestId(Long requestId) {
        this.requestId = requestId;
    }

    public Integer getVersionNumber() {
        return versionNumber;
    }

    public void setVersionNumber(Integer versionNumber) {
        this.versionNumber = versionNumber;
    }

    public boolean isChangedOnly() {
        return changedOnly;
    }

    public void setChangedOnly(boolean changedOnly) {
        this.changedOnly = changedOnly;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

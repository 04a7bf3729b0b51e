package jp.go.mhlw.kpi.web.view.submission;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.SubmissionException;
import jp.go.mhlw.kpi.application.SubmissionService;
import jp.go.mhlw.kpi.application.SubmissionService.SubmissionView;
import jp.go.mhlw.kpi.domain.model.submission.AmedThemeContent;
import jp.go.mhlw.kpi.domain.model.submission.ComparedFigure;
import jp.go.mhlw.kpi.domain.model.submission.GoalProgress;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.MemberSurveyContent;
import jp.go.mhlw.kpi.domain.model.submission.MinistryProgressContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationWarning;

/**
 * The officer's review of one request's submission ({@code /review/submission.xhtml?request=<id>}): the chosen
 * version (the latest by default; every version stays readable) beside last year's values, its warnings with the
 * reporter's justifications, the version history, and approve / return with a comment after a confirmation.
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

        FigureLine(ComparedFigure figure) {
            label = Messages.pick(figure.labelJa(), figure.labelEn());
            current = plain(figure.current());
            currentPerYear = plain(figure.currentPerYear());
            previous = plain(figure.previous());
            previousPerYear = plain(figure.previousPerYear());
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
        private final String message;
        private final String justification;

        JustifiedWarning(ValidationWarning warning, String justification) {
            message = Messages.pick(warning.messageJa(), warning.messageEn());
            this.justification = justification;
        }

        public String getMessage() {
            return message;
        }

        public String getJustification() {
            return justification;
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

    private Long requestId;
    private Integer versionNumber;
    private transient SubmissionView view;
    private String comment;

    public void load() {
        if (requestId == null) {
            Messages.notFound();
            return;
        }
        try {
            view = service.openForReview(requestId);
        } catch (SubmissionException.NotFound notFound) {
            Messages.notFound();
            return;
        }
        if (versionNumber == null || view.submission().version(versionNumber).isEmpty()) {
            versionNumber = view.submission().latestVersion().map(SubmissionVersion::number).orElse(null);
        }
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
            Messages.info(approve ? "review.approvedDone" : "review.returnedDone", reviewed.number());
        } catch (SubmissionException.NotAllowed refused) {
            Messages.error(refused.message(Messages.locale()));
        } catch (SubmissionException.NotFound notFound) {
            Messages.notFound();
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

    public String getState() {
        return view == null ? "" : view.request().state().name();
    }

    public String getPeriod() {
        return view == null ? "" : view.period().cycle() + " (×" + view.period().factorText() + ")";
    }

    public String getLastYearPeriod() {
        return view == null ? "" : view.lastYear().map(last -> last.period().cycle() + " (×" + last.period().factorText() + ")")
                .orElse(Messages.text("review.noLastYear"));
    }

    public List<FigureLine> getFigures() {
        SubmissionVersion shown = version();
        if (shown == null) {
            return List.of();
        }
        return ComparedFigure.of(shown.content(), view.period(), view.lastYear()).stream().map(FigureLine::new).toList();
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
        view.submission().versions().forEach(version -> lines.add(new VersionLine(version)));
        java.util.Collections.reverse(lines);
        return lines;
    }

    private static List<ContentLine> lines(SubmissionContent content) {
        List<ContentLine> lines = new ArrayList<>();
        if (content instanceof HubReportContent hub) {
            HubReportContent.RESEARCH_STAGES.forEach(stage -> {
                var row = hub.jointResearchAt(stage);
                lines.add(new ContentLine(Messages.text("hub.jointResearch") + " " + stage.displayLabel(),
                        row.cases() + " " + Messages.text("unit.cases") + (row.averageAmountThousandYen() == null ? ""
                                : " / " + row.averageAmountThousandYen() + " " + Messages.text("unit.thousandYen"))));
            });
            lines.add(new ContentLine(Messages.text("hub.cooperation"), hub.cooperationWithOtherHubs()));
            lines.add(new ContentLine(Messages.text("hub.international"), hub.internationalTrialInfrastructure()));
            lines.add(new ContentLine(Messages.text("hub.platforms"), hub.platforms().stream().sorted()
                    .map(platform -> platform.japaneseLabel()).reduce((a, b) -> a + " / " + b).orElse("—")));
            for (int i = 0; i < hub.courses().size(); i++) {
                var course = hub.courses().get(i);
                lines.add(new ContentLine(Messages.text("hub.course") + " " + (i + 1), course.name() + " — "
                        + course.categories().stream().sorted().map(category -> String.valueOf(category.number()))
                        .reduce((a, b) -> a + "," + b).orElse("") + " / " + course.participants() + " "
                        + Messages.text("unit.people") + (course.survey() == null ? ""
                        : " / " + Messages.text("hub.respondents") + " " + course.survey().respondents())));
            }
        } else if (content instanceof MinistryProgressContent ministry) {
            for (GoalProgress goal : ministry.goals()) {
                lines.add(new ContentLine(Messages.text("ministry.goal", goal.goal()), goal.narrative()));
                goal.figures().forEach((figure, value) -> lines.add(new ContentLine(
                        Messages.pick(figure.labelJa(), figure.labelEn()), value.toPlainString() + " "
                        + Messages.pick(figure.unitJa(), figure.unitEn()))));
            }
        } else if (content instanceof AmedThemeContent amed) {
            lines.add(new ContentLine(Messages.text("review.rows"), amed.themes().size()));
        } else if (content instanceof MemberSurveyContent survey) {
            lines.add(new ContentLine(Messages.text("survey.snapshots"), survey.previousSnapshot() + " / "
                    + survey.currentSnapshot()));
            lines.add(new ContentLine(Messages.text("review.rows"), survey.rows().size()));
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

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}

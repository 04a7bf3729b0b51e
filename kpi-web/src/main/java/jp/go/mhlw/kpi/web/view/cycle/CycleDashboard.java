package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleNotFoundException;
import jp.go.mhlw.kpi.application.followup.CycleOpening;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.application.process.ProcessPositions;
import jp.go.mhlw.kpi.application.submission.BulkReviews;
import jp.go.mhlw.kpi.application.submission.SubmissionException;
import jp.go.mhlw.kpi.domain.model.submission.BulkReview;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.FollowUpDiagrams;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import org.primefaces.PrimeFaces;
import org.primefaces.model.StreamedContent;

/**
 * A cycle's dashboard: every body with its request's state (overdue marked), completion and timeliness, the overdue
 * bodies, where the cycle's process stands, and the bulk actions, each after a confirmation: the secretariat's
 * (remind the overdue, extend deadlines, close the collection), the officers' on the chosen bodies (approve those
 * waiting without warnings, return with one comment) and a reminder to the chosen bodies (both). The confirmation of
 * the chosen bodies' actions names how many the action takes and lists those it leaves out, and why.
 */
@Named
@ViewScoped
public class CycleDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CollectionManagement management;

    @Inject
    transient FollowUpProcess process;

    @Inject
    transient ProcessPositions positions;

    @Inject
    transient DiagramLayouts layouts;

    @Inject
    transient CycleOpening opening;

    @Inject
    transient BulkReviews bulkReviews;

    /** The action on the chosen bodies the confirmation is open for. */
    enum BulkAction { APPROVE, RETURN, REMIND }

    private Long cycleId;
    private boolean opened;
    /** The view parameter "kind": only the bodies of this kind (HUB, AMED, ...); every kind if blank. */
    private String kind;
    /** The view parameter "show": "overdue" for the overdue bodies only; every body if blank. */
    private String show;
    private CycleOverview overview;
    /** The bodies' rows as a list the table may sort in place (the overview's is unmodifiable). */
    private List<CycleOverview.Row> bodyRows = new ArrayList<>();
    /** The rows the table's filter leaves, in its order; null when it filters nothing. */
    private List<CycleOverview.Row> filteredRows;
    private ProcessDiagram diagram = ProcessDiagram.none();
    private long incidents;
    private List<CycleOverview.Row> selected = new ArrayList<>();
    private LocalDate newDue;
    private String closeReason;
    private SurveyDateFields surveyDates = new SurveyDateFields();
    private String bulkComment;
    private BulkAction pendingAction;
    /** The chosen requests the confirmation was shown for: what "yes" acts on. */
    private List<Long> pendingRequests = List.of();
    private String bulkMessage;
    private List<String> bulkSkipped = List.of();

    public void load() {
        if (cycleId == null) {
            Feedback.notFound();
            return;
        }
        try {
            refresh();
        } catch (CycleNotFoundException unknown) {
            Feedback.notFound();
            return;
        }
    }

    private void refresh() {
        show(management.overview(cycleId));
        diagram = FollowUpDiagrams.of(layouts, positions.ofCycle(cycleId).stream().toList());
        incidents = process.incidents(cycleId);
    }

    void show(CycleOverview loaded) {
        overview = loaded;
        bodyRows = bodiesShown(loaded.getRows(), kind, show);
        surveyDates = SurveyDateFields.of(loaded.getSurveyDates());
    }

    /** The rows of the bodies list: those of the kind (any when blank), only the overdue ones for "overdue". */
    static List<CycleOverview.Row> bodiesShown(List<CycleOverview.Row> rows, String kind, String show) {
        return rows.stream().filter(row -> kind == null || kind.isBlank() || kind.equals(row.kind()))
                .filter(row -> !SHOW_OVERDUE.equals(show) || row.overdue())
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
    }

    /** The value of "show" for the overdue bodies only. */
    public static final String SHOW_OVERDUE = "overdue";

    /** True when the view parameters show only some of the bodies (the page then offers all of them). */
    public boolean isNarrowed() {
        return (kind != null && !kind.isBlank()) || SHOW_OVERDUE.equals(show);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
    }

    /** The secretariat sets or corrects the survey dates (the form starts from those the cycle holds). */
    public void changeSurveyDates() {
        try {
            opening.changeSurveyDates(cycleId, surveyDates.toSurveyDates());
            Feedback.info("cycle.surveyDates.changed");
            refresh();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
    }

    public SurveyDateFields getSurveyDates() {
        return surveyDates;
    }

    public boolean isSurveyDatesChangeable() {
        return overview != null && overview.isSurveyDatesChangeable();
    }

    public void remindOverdue() {
        int reminded = management.remindOverdue(cycleId);
        Feedback.info("cycle.reminded", reminded);
        refresh();
    }

    public void extendDeadlines() {
        try {
            management.extendDeadline(cycleId, selected.stream().map(CycleOverview.Row::getRequestId).toList(), newDue);
            Feedback.info("cycle.extended", selected.size(), newDue);
            selected = new ArrayList<>();
            refresh();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
    }

    /** Shows what approving the chosen bodies would do, for the confirmation (nothing is decided yet). */
    public void prepareApproval() {
        prepare(BulkAction.APPROVE);
    }

    /** Shows what returning the chosen bodies with the comment would do, for the confirmation. */
    public void prepareReturn() {
        if (bulkComment == null || bulkComment.isBlank()) {
            Feedback.error("cycle.bulk.commentRequired");
            return;
        }
        prepare(BulkAction.RETURN);
    }

    /** Shows which of the chosen bodies would be reminded, for the confirmation. */
    public void prepareReminder() {
        prepare(BulkAction.REMIND);
    }

    private void prepare(BulkAction action) {
        List<Long> chosen = selected.stream().map(CycleOverview.Row::getRequestId).toList();
        if (chosen.isEmpty()) {
            Feedback.warn("cycle.bulk.noneChosen");
            return;
        }
        BulkReview.Plan plan = switch (action) {
            case APPROVE -> bulkReviews.planApproval(cycleId, chosen);
            case RETURN -> bulkReviews.planReturn(cycleId, chosen);
            // the same rule the service applies, on the rows the page shows
            case REMIND -> BulkReview.reminding(cycleId, selected.stream().map(row -> new BulkReview.Candidate(
                    row.getRequestId(), cycleId, row.getOrganisationCode(), row.getState(), Optional.empty())).toList());
        };
        bulkSkipped = skippedLines(plan);
        if (plan.taken().isEmpty()) {
            Feedback.warn("cycle.bulk.nothingToDo", chosen.size());
            bulkSkipped.forEach(line -> Feedback.say(FacesMessage.SEVERITY_WARN, line, null));
            return;
        }
        pendingAction = action;
        pendingRequests = chosen;
        // "n of the m chosen" with those left out listed below it, or "all n chosen"
        bulkMessage = Feedback.text("cycle.bulk." + action.name().toLowerCase(java.util.Locale.ROOT)
                + (plan.skipped().isEmpty() ? ".confirmAll" : ".confirm"), plan.taken().size(), chosen.size(),
                plan.skipped().size());
        PrimeFaces.current().ajax().addCallbackParam("confirm", true);
    }

    /** The officer said yes: each request the action takes is decided (or reminded) on its own. */
    public void confirmBulk() {
        if (pendingAction == null) {
            return;
        }
        BulkAction action = pendingAction;
        pendingAction = null;
        try {
            BulkReview.Plan done = switch (action) {
                case APPROVE -> bulkReviews.approveSelected(cycleId, pendingRequests);
                case RETURN -> bulkReviews.returnSelected(cycleId, pendingRequests, bulkComment);
                case REMIND -> management.remindSelected(cycleId, pendingRequests);
            };
            Feedback.info("cycle.bulk." + action.name().toLowerCase(java.util.Locale.ROOT) + ".done", done.taken().size(),
                    done.taken().stream().map(BulkReview.Taken::organisationCode).collect(Collectors.joining(", ")));
            if (!done.skipped().isEmpty()) {
                Feedback.warn("cycle.bulk.skipped", done.skipped().size());
                skippedLines(done).forEach(line -> Feedback.say(FacesMessage.SEVERITY_WARN, line, null));
            }
            if (action == BulkAction.RETURN) {
                bulkComment = null;
            }
            selected = new ArrayList<>();
            pendingRequests = List.of();
            refresh();
        } catch (SubmissionException.NotAllowed refused) {
            Feedback.problem(refused.problem());
        }
    }

    private static List<String> skippedLines(BulkReview.Plan plan) {
        return plan.skipped().stream().map(skipped -> Feedback.label(skipped.message())).toList();
    }

    /** The body list as the table shows it (filtered and sorted), as CSV. */
    public StreamedContent getBodiesCsv() {
        return TableExport.download(bodiesTable(key -> Feedback.text(key), Feedback.locale()), TableExport.Format.CSV);
    }

    /** The body list as the table shows it (filtered and sorted), as an Excel workbook. */
    public StreamedContent getBodiesXlsx() {
        return TableExport.download(bodiesTable(key -> Feedback.text(key), Feedback.locale()), TableExport.Format.XLSX);
    }

    /**
     * The rows the table shows, each as it now stands: the filter's list may predate the last action, so its rows are
     * looked up again among the ones loaded since.
     */
    Table bodiesTable(Function<String, String> text, Locale locale) {
        List<CycleOverview.Row> shown = bodyRows;
        if (filteredRows != null) {
            Map<Long, CycleOverview.Row> current = bodyRows.stream()
                    .collect(Collectors.toMap(CycleOverview.Row::getRequestId, Function.identity(), (a, b) -> a));
            shown = filteredRows.stream().map(row -> current.get(row.getRequestId())).filter(Objects::nonNull).toList();
        }
        return Table.<CycleOverview.Row>columns(text)
                .column("cycle.body", row -> row.name(locale))
                .column("cycle.export.code", CycleOverview.Row::getOrganisationCode)
                .column("cycle.kind", row -> text.apply("request.kind." + row.getKind()))
                .column("cycle.state", row -> text.apply("request.state." + row.getState())
                        + (row.isOverdue() ? " " + text.apply("cycle.overdueMark") : ""))
                .column("cycle.due", CycleOverview.Row::getDue)
                .column("cycle.reminders", CycleOverview.Row::getRemindersSent)
                .of("cycle-bodies-" + overview.getCycleKey(), shown);
    }

    public List<CycleOverview.Row> getFilteredRows() {
        return filteredRows;
    }

    public void setFilteredRows(List<CycleOverview.Row> filteredRows) {
        this.filteredRows = filteredRows;
    }

    public String getBulkMessage() {
        return bulkMessage;
    }

    public List<String> getBulkSkipped() {
        return bulkSkipped;
    }

    public String getBulkComment() {
        return bulkComment;
    }

    public void setBulkComment(String bulkComment) {
        this.bulkComment = bulkComment;
    }

    public void closeCollection() {
        try {
            List<String> missing = management.closeCollection(cycleId, closeReason);
            Feedback.info("cycle.collectionClosed", missing.size(), String.join(", ", missing));
            refresh();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
    }

    /** The bodies that would be missing if the collection were closed now, for the confirmation. */
    public String getMissingBodies() {
        return String.join("、", overview.getOpenRows().stream().map(row -> row.name(Feedback.locale())).toList());
    }

    /** The step's name; a step without one (e.g. a gateway the cycle waits at) by its id. */
    public String stepName(String step) {
        String own = FollowUpDiagrams.stepName(step);
        return own == null ? step : own;
    }

    public String rowName(CycleOverview.Row row) {
        return row.name(Feedback.locale());
    }

    /** The names of the survey dates still to be set, in the user's language. */
    public String getMissingSurveyDateNames() {
        return overview.getMissingSurveyDates().stream().map(field -> Feedback.text("cycle." + field))
                .collect(java.util.stream.Collectors.joining(Feedback.isEnglish() ? ", " : "、"));
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public boolean isOpened() {
        return opened;
    }

    public void setOpened(boolean opened) {
        this.opened = opened;
    }

    public List<CycleOverview.Row> getBodyRows() {
        return bodyRows;
    }

    public CycleOverview getOverview() {
        return overview;
    }

    /** The cycle's process: its diagram with the current step marked, and the step by name. */
    public ProcessDiagram getDiagram() {
        return diagram;
    }

    public long getIncidents() {
        return incidents;
    }

    public List<CycleOverview.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<CycleOverview.Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public void setNewDue(LocalDate newDue) {
        this.newDue = newDue;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}

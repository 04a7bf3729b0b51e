package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleNotFoundException;
import jp.go.mhlw.kpi.application.followup.CycleOpening;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.application.process.ProcessPositions;
import jp.go.mhlw.kpi.application.submission.BulkReviews;
import jp.go.mhlw.kpi.application.submission.SubmissionException;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestSort;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
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
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.StreamedContent;

/**
 * A cycle's dashboard: completion, timeliness and the overdue counted by the database; the bodies with their
 * request's state (overdue marked) and the overdue bodies, each list a page at a time (the database filters by kind,
 * state or overdue and part of the body's code or names, sorts and counts them); where the cycle's process stands;
 * and the bulk actions, each after a confirmation: the secretariat's (remind every overdue body, extend the chosen
 * bodies' deadlines, close the collection), the officers' on the chosen bodies (approve those waiting without
 * warnings, return with one comment) and a reminder to the chosen bodies (both). The chosen bodies are those ticked on
 * any page of the list; the confirmation of their actions names how many the action takes and lists those it leaves
 * out, and why.
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
    /**
     * The view parameter "kind" and the list's template filter: only the bodies asked for this template (HUB_REPORT,
     * AMED_THEME_REPORT, ...); every one if blank.
     */
    private String kind;
    /**
     * The view parameter "show" and the list's state filter: "overdue" for the overdue bodies only, or a state's name;
     * every body if blank.
     */
    private String show;
    private CycleOverview overview;
    /** The bodies, a page at a time: the database filters, sorts and counts them. */
    private final Bodies bodies = new Bodies(false);
    /** The overdue bodies, a page at a time in the list's order. */
    private final Bodies overdueBodies = new Bodies(true);
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
        kind = kindOf(kind) == null ? null : kind;
        show = SHOW_OVERDUE.equals(show) || stateOf(show) != null ? show : null;
        // the lists are read again as they now stand
        bodies.forget();
        overdueBodies.forget();
        surveyDates = SurveyDateFields.of(loaded.getSurveyDates());
    }

    /** The value of "show" for the overdue bodies only. */
    public static final String SHOW_OVERDUE = "overdue";

    /** True when the list shows only some of the bodies (the page then offers all of them). */
    public boolean isNarrowed() {
        return kind != null || show != null;
    }

    /** True when the list shows the bodies of one state (not the overdue ones). */
    public boolean isNarrowedToState() {
        return stateOf(show) != null;
    }

    /**
     * What the bodies' table asks for, as the service takes it: the template and state filters (the view parameters
     * "kind" and "show" until the table's own are changed), part of the body's code or names, the sorted column; by
     * kind of body and code when none is.
     */
    static RequestListing listingOf(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        String state = filterText(filterBy, "state");
        RequestState inState = stateOf(state);
        RequestListing listing = RequestListing.ALL.ofKind(kindOf(filterText(filterBy, "kind")))
                .inStates(inState == null ? Set.of() : Set.of(inState)).overdueOnly(SHOW_OVERDUE.equals(state))
                .bodyNamed(filterText(filterBy, "searchText"));
        SortMeta sorted = sortBy == null ? null
                : sortBy.values().stream().filter(SortMeta::isActive).sorted().findFirst().orElse(null);
        RequestSort sort = sorted == null ? null : SORTABLE.get(sorted.getField());
        return sort == null ? listing : listing.sortedBy(sort, sorted.getOrder() == SortOrder.DESCENDING);
    }

    /** The columns the table may sort by, by the property their sortBy names. */
    private static final Map<String, RequestSort> SORTABLE = Map.of(
            "organisationCode", RequestSort.CODE,
            "kind", RequestSort.KIND,
            "state", RequestSort.STATE,
            "due", RequestSort.DUE);

    private static String filterText(Map<String, FilterMeta> filterBy, String field) {
        FilterMeta filter = filterBy == null ? null : filterBy.get(field);
        Object value = filter == null ? null : filter.getFilterValue();
        return value == null || value.toString().isBlank() ? null : value.toString();
    }

    private static SubmissionKind kindOf(String name) {
        return Arrays.stream(SubmissionKind.values()).filter(known -> known.name().equals(name)).findFirst().orElse(null);
    }

    private static RequestState stateOf(String name) {
        return Arrays.stream(RequestState.values()).filter(known -> known.name().equals(name)).findFirst().orElse(null);
    }

    /**
     * A list of the cycle's bodies, a page at a time. The bodies' list remembers the rows it showed, so that the bodies
     * ticked on another page are still chosen when an action is asked for on this one.
     */
    final class Bodies extends LazyDataModel<CycleOverview.Row> {
        private static final long serialVersionUID = 1L;

        /** The overdue list: always the overdue bodies in the list's order, neither filtered nor sorted otherwise. */
        private final boolean overdueOnly;
        /** The filter and order the table last showed, for the export. */
        private RequestListing shown = RequestListing.ALL;
        private final Map<Long, CycleOverview.Row> seen = new HashMap<>();

        Bodies(boolean overdueOnly) {
            this.overdueOnly = overdueOnly;
        }

        private RequestListing listing(Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return overdueOnly ? RequestListing.ALL.overdueOnly(true) : listingOf(sortBy, filterBy);
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, management.countBodies(cycleId, listing(Map.of(), filterBy)));
        }

        @Override
        public List<CycleOverview.Row> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            shown = listing(sortBy, filterBy);
            List<CycleOverview.Row> rows = management.bodies(cycleId, shown, first,
                    Math.max(1, Math.min(pageSize, CollectionManagement.MAX_PAGE_SIZE)));
            rows.forEach(row -> seen.put(row.getRequestId(), row));
            return rows;
        }

        /** Every row of the list as it was last shown (its filters and order), a page of the query at a time. */
        List<CycleOverview.Row> everyRow() {
            return TableExport.pages((first, size) -> management.bodies(cycleId, shown, first, size),
                    CollectionManagement.MAX_PAGE_SIZE);
        }

        /** Forgets the rows shown: the next pages are read as the bodies now stand. */
        void forget() {
            seen.clear();
        }

        @Override
        public String getRowKey(CycleOverview.Row row) {
            return String.valueOf(row.getRequestId());
        }

        /** A ticked row, as last shown on its page (read again if it was shown before the last action). */
        @Override
        public CycleOverview.Row getRowData(String rowKey) {
            long requestId;
            try {
                requestId = Long.parseLong(rowKey);
            } catch (NumberFormatException notOurs) {
                return null;
            }
            CycleOverview.Row row = seen.get(requestId);
            return row != null ? row : management.body(cycleId, requestId).orElse(null);
        }
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
     * The list as the table shows it (its filters and order), every page of it read again from the database as the
     * bodies now stand, a page of the same query at a time.
     */
    Table bodiesTable(Function<String, String> text, Locale locale) {
        List<CycleOverview.Row> shown = bodies.everyRow();
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

    /** The most bodies the confirmation of closing the collection names; it counts the others. */
    static final int MISSING_NAMED = 50;

    /**
     * The bodies that would be missing if the collection were closed now (those still open), for the confirmation: the
     * first {@link #MISSING_NAMED} in the list's order by name, and how many more there are.
     */
    public String getMissingBodies() {
        List<String> named = management.bodies(cycleId, RequestListing.ALL.inStates(ReportRequest.OPEN_STATES), 0,
                MISSING_NAMED).stream().map(row -> row.name(Feedback.locale())).toList();
        String names = String.join(Feedback.isEnglish() ? ", " : "、", named);
        long more = overview.getOpen() - named.size();
        return more > 0 ? names + " " + Feedback.text("cycle.closeCollection.more", more) : names;
    }

    /** The confirmation of reminding every overdue body, with how many there are. */
    public String getRemindOverdueConfirmation() {
        return Feedback.text("cycle.remindOverdue.confirm", overview.getOverdue());
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

    public LazyDataModel<CycleOverview.Row> getBodies() {
        return bodies;
    }

    public LazyDataModel<CycleOverview.Row> getOverdueBodies() {
        return overdueBodies;
    }

    public SubmissionKind[] getKinds() {
        return SubmissionKind.values();
    }

    public RequestState[] getStates() {
        return RequestState.values();
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

package jp.go.mhlw.kpi.web.view.tasks;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.Function;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.application.tasks.TaskAssignments;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.export.Table;
import jp.go.mhlw.kpi.web.view.export.TableExport;
import jp.go.mhlw.kpi.workflow.AccountRequestProcess;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import jp.go.mhlw.kpi.workflow.TaskInbox;
import org.primefaces.model.StreamedContent;

/**
 * The task inbox of every logged-in user: their tasks and their groups' (role, and role within their organisation),
 * with claim, release, the holder's follow-up date and, for officers and the secretariat, reassignment; each task
 * says what it is about and links to the page it is done on.
 */
@Named
@ViewScoped
public class TaskInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The time zone the list prints its dates in. */
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient TaskInbox inbox;

    @Inject
    transient TaskAssignments assignments;

    @Inject
    transient CurrentCaller currentCaller;

    private List<TaskInbox.InboxTask> tasks;
    /** The tasks the view parameters leave, worked out when first asked for after each load. */
    private List<TaskInbox.InboxTask> narrowed;
    private List<TaskInbox.InboxTask> filtered;
    /** The view parameter "show": {@link Show#OVERDUE}, {@link Show#MINE} or {@link Show#UNCLAIMED}; all if blank. */
    private String show;
    /** The view parameter "step": one or more step ids, comma-separated; any step if blank. */
    private String step;
    private String reassignTo;
    private LocalDate followUpOn;

    @PostConstruct
    void init() {
        reload();
    }

    private void reload() {
        // a list the table may sort in place
        tasks = new ArrayList<>(inbox.tasks(caller()));
        narrowed = null;
    }

    /** What a home page's count links to: a part of the inbox. */
    public enum Show {
        /** Due before now. */
        OVERDUE("overdue"),
        /** Claimed by (or assigned to) the caller. */
        MINE("mine"),
        /** Offered to the caller's groups and claimed by nobody yet. */
        UNCLAIMED("unclaimed");

        private final String parameter;

        Show(String parameter) {
            this.parameter = parameter;
        }

        /** The value of the view parameter "show". */
        public String parameter() {
            return parameter;
        }

        static Optional<Show> of(String parameter) {
            return java.util.Arrays.stream(values()).filter(known -> known.parameter.equals(parameter)).findFirst();
        }

        /** Whether the task belongs to this part of the inbox of this user, at this moment. */
        public boolean holds(TaskInbox.InboxTask task, String userName, Date now) {
            return switch (this) {
                case OVERDUE -> task.due() != null && task.due().before(now);
                case MINE -> userName.equals(task.assignee());
                case UNCLAIMED -> task.assignee() == null;
            };
        }
    }

    /**
     * The tasks the view parameters leave: those of the part named by {@code show} (all when blank or unknown) at one
     * of the steps named by {@code steps} (comma-separated; any when blank), in the inbox's order.
     */
    static List<TaskInbox.InboxTask> narrowed(List<TaskInbox.InboxTask> tasks, String show, String steps, String userName,
                                              Date now) {
        Optional<Show> part = Show.of(show);
        List<String> stepIds = steps == null || steps.isBlank() ? List.of()
                : java.util.Arrays.stream(steps.split(",")).map(String::trim).filter(id -> !id.isEmpty()).toList();
        return tasks.stream().filter(task -> part.map(known -> known.holds(task, userName, now)).orElse(true))
                .filter(task -> stepIds.isEmpty() || stepIds.contains(task.step()))
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /** True when the view parameters show only a part of the inbox (the page then offers the whole of it). */
    public boolean isNarrowed() {
        return Show.of(show).isPresent() || (step != null && !step.isBlank());
    }

    /** The label of the part shown, for the page's note: the "show" part and the steps' names. */
    public String getNarrowedLabel() {
        List<String> parts = new ArrayList<>();
        Show.of(show).ifPresent(part -> parts.add(Feedback.text("tasks.show." + part.parameter())));
        if (step != null && !step.isBlank()) {
            java.util.Arrays.stream(step.split(",")).map(String::trim).filter(id -> !id.isEmpty())
                    .map(id -> Objects.requireNonNullElse(stepLabel(id), id)).forEach(parts::add);
        }
        return String.join(" / ", parts);
    }

    private Caller caller() {
        return currentCaller.require();
    }

    public void claim(String taskId) {
        act(() -> assignments.claim(taskId), "tasks.claimed");
    }

    public void release(String taskId) {
        act(() -> assignments.release(taskId), "tasks.released");
    }

    public void reassign(String taskId) {
        act(() -> assignments.reassign(taskId, reassignTo), "tasks.reassigned");
        reassignTo = null;
    }

    /** The holder's follow-up date for the task (empty clears it). */
    public void setFollowUp(String taskId) {
        act(() -> assignments.setFollowUp(taskId, followUpOn), followUpOn == null ? "tasks.followUpCleared" : "tasks.followUpSet");
        followUpOn = null;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Feedback.info(doneKey);
        } catch (RuntimeException refused) {
            // e.g. claimed by a colleague a moment ago; the list is shown as it now is
            Feedback.error("tasks.refused");
        }
        reload();
    }

    /** The page the task is done on. */
    public String link(TaskInbox.InboxTask task) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + pageOf(task);
    }

    /** The page of a task, from the application's root: a supply step's case, a request's form or review, a cycle. */
    public static String pageOf(TaskInbox.InboxTask task) {
        if (task.caseNumber() != null && SupplyStep.byId(task.step()).isPresent()) {
            return "/supply/case.xhtml?case=" + URLEncoder.encode(task.caseNumber(), StandardCharsets.UTF_8);
        }
        return switch (task.step()) {
            case FollowUpProcess.Steps.SUBMIT_REPORT -> "/report/form.xhtml?request=" + task.requestId();
            case FollowUpProcess.Steps.REVIEW_SUBMISSION -> "/review/submission.xhtml?request=" + task.requestId();
            case FollowUpProcess.Steps.ESCALATE_OVERDUE_REQUEST -> "/cycle/dashboard.xhtml?cycle=" + task.cycleId();
            case AccountRequestProcess.REVIEW_STEP -> "/officer/account-requests.xhtml";
            default -> task.cycleId() == null ? "/tasks/index.xhtml" : "/cycle/dashboard.xhtml?cycle=" + task.cycleId();
        };
    }

    public String stepName(TaskInbox.InboxTask task) {
        return stepNameOf(task);
    }

    /** The step's name in the screen's language (the engine's name of a step the bundles do not know). */
    public static String stepNameOf(TaskInbox.InboxTask task) {
        String name = stepLabel(task.step());
        return name == null ? task.name() : name;
    }

    /** The step's name in the screen's language; the id itself when the bundles do not know it. */
    private static String stepLabel(String stepId) {
        Optional<SupplyStep> supplyStep = SupplyStep.byId(stepId);
        if (supplyStep.isPresent()) {
            return Feedback.label(supplyStep.get());
        }
        ResourceBundle bundle = bundle();
        String key = "cycle.step." + stepId;
        return bundle.containsKey(key) ? bundle.getString(key) : null;
    }

    /**
     * What the task is about, as recorded when it was created: "SC-2026-000012 product" for a supply step, "FY2026
     * body" for a follow-up request; the case number alone for a supply step created before subjects were recorded.
     */
    public String subject(TaskInbox.InboxTask task) {
        return subjectOf(task);
    }

    /** What the task is about, as {@link #subject(TaskInbox.InboxTask)} says it. */
    public static String subjectOf(TaskInbox.InboxTask task) {
        TaskSubject subject = task.subject();
        if (subject == null) {
            return task.caseNumber() == null ? "" : task.caseNumber();
        }
        String name = subject.name(Feedback.isEnglish());
        if (task.caseNumber() != null) {
            return Feedback.text("tasks.subject.case", task.caseNumber(), name);
        }
        return subject.fiscalYear() == null ? name
                : Feedback.text("tasks.subject.year", String.valueOf(subject.fiscalYear()), name);
    }

    public boolean isMine(TaskInbox.InboxTask task) {
        return caller().userName().equals(task.assignee());
    }

    public boolean isMayReassign() {
        return TaskAssignments.mayReassign(caller());
    }

    private static ResourceBundle bundle() {
        FacesContext context = FacesContext.getCurrentInstance();
        return context.getApplication().getResourceBundle(context, "msg");
    }

    /** The caller's tasks as the table shows them (filtered and sorted), as CSV. */
    public StreamedContent getTasksCsv() {
        return TableExport.download(tasksTable(), TableExport.Format.CSV);
    }

    /** The caller's tasks as the table shows them (filtered and sorted), as an Excel workbook. */
    public StreamedContent getTasksXlsx() {
        return TableExport.download(tasksTable(), TableExport.Format.XLSX);
    }

    private Table tasksTable() {
        return Table.<TaskInbox.InboxTask>columns(key -> Feedback.text(key))
                .column("tasks.step", this::stepName)
                .column("tasks.subject", this::subject)
                .column("tasks.request", TaskInbox.InboxTask::requestId)
                .column("tasks.assignee", TaskInbox.InboxTask::assignee)
                .column("tasks.created", task -> printed(task.created(), MINUTE))
                .column("tasks.due", task -> printed(task.due(), DAY))
                .column("tasks.followUp", task -> printed(task.followUp(), DAY))
                .of("tasks-" + LocalDate.now(TOKYO), shown(getTasks(), filtered));
    }

    /**
     * The tasks the table shows, in its order, each as it now stands: the filter's list may predate the last claim or
     * release, so its tasks are looked up again among those loaded since (a task done meanwhile is left out).
     */
    static List<TaskInbox.InboxTask> shown(List<TaskInbox.InboxTask> tasks, List<TaskInbox.InboxTask> filtered) {
        if (filtered == null) {
            return tasks;
        }
        Map<String, TaskInbox.InboxTask> current = tasks.stream()
                .collect(Collectors.toMap(TaskInbox.InboxTask::taskId, Function.identity(), (a, b) -> a));
        return filtered.stream().map(task -> current.get(task.taskId())).filter(Objects::nonNull).toList();
    }

    private static String printed(Date date, DateTimeFormatter format) {
        return date == null ? "" : format.format(date.toInstant().atZone(TOKYO));
    }

    /** The inbox, or the part of it the view parameters name; a list the table may sort in place. */
    public List<TaskInbox.InboxTask> getTasks() {
        if (narrowed == null) {
            narrowed = isNarrowed() ? narrowed(tasks, show, step, caller().userName(), new Date()) : tasks;
        }
        return narrowed;
    }

    public String getShow() {
        return show;
    }

    public void setShow(String show) {
        this.show = show;
        narrowed = null;
    }

    public String getStep() {
        return step;
    }

    public void setStep(String step) {
        this.step = step;
        narrowed = null;
    }

    public List<TaskInbox.InboxTask> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<TaskInbox.InboxTask> filtered) {
        this.filtered = filtered;
    }

    public LocalDate getFollowUpOn() {
        return followUpOn;
    }

    public void setFollowUpOn(LocalDate followUpOn) {
        this.followUpOn = followUpOn;
    }

    public String getReassignTo() {
        return reassignTo;
    }

    public void setReassignTo(String reassignTo) {
        this.reassignTo = reassignTo;
    }
}

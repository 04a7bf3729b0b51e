package jp.go.mhlw.kpi.web.view.home;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequests;
import jp.go.mhlw.kpi.application.admin.UserAdministration;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.application.followup.ReportRequestViews;
import jp.go.mhlw.kpi.application.operations.Incidents;
import jp.go.mhlw.kpi.application.report.CycleReports;
import jp.go.mhlw.kpi.application.report.DraftReport;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.application.supply.SupplyCaseFilter;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.account.IdentityProviderException;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.catalogue.Goal;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.report.CommitteeComment;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.web.view.Feedback;
import jp.go.mhlw.kpi.web.view.cycle.PlanCycles;
import jp.go.mhlw.kpi.web.view.tasks.TaskInboxView;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;
import jp.go.mhlw.kpi.workflow.TaskInbox;

/**
 * The figures of the role home pages: what waits for the user (every role), and the state of what the role looks
 * after. Each figure is read only for a caller with the role it belongs to, and the services check role and
 * organisation again; counts are the database's (the supply cases, account requests, incidents) or the inbox's own list.
 */
@Named
@RequestScoped
public class HomeDashboard {

    /** The supply steps the flows give an officer once a maker or the ministry has let a deadline pass. */
    public static final String PAST_DEADLINE_STEPS = Stream.of(SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT,
            SupplyStep.ESCALATE_OVERDUE_TRIAGE, SupplyStep.CHASE_OVERDUE_RESPONSE).map(SupplyStep::id)
            .collect(Collectors.joining(","));

    @Inject
    CurrentCaller currentCaller;

    @Inject
    TaskInbox inbox;

    @Inject
    CollectionManagement collection;

    @Inject
    FollowUpProcess followUp;

    @Inject
    SupplyCaseQueries supplyCases;

    @Inject
    AccountRequests accountRequests;

    @Inject
    Incidents incidents;

    @Inject
    UserAdministration users;

    @Inject
    ReportRequestViews requests;

    @Inject
    CatalogueService catalogue;

    @Inject
    CycleReports reports;

    private WaitingTasks waiting;
    private CycleOverview openCycle;
    private boolean openCycleLoaded;
    private Long cycleIncidents;
    private List<StateCount> supplyStates;
    private List<ReportRequest> openRequests;
    private FollowUpCycle reviewedCycle;
    private boolean reviewedCycleLoaded;
    private List<Goal> goalsNotCommented;

    /** One state of the caller's supply cases and how many cases are in it. */
    public record StateCount(SupplyCaseState state, long count) {

        public SupplyCaseState getState() {
            return state;
        }

        public String getStateName() {
            return state.name();
        }

        public long getCount() {
            return count;
        }
    }

    private Caller caller() {
        return currentCaller.require();
    }

    /** The caller's inbox in figures, with its most pressing tasks. */
    public WaitingTasks getWaiting() {
        if (waiting == null) {
            waiting = WaitingTasks.of(inbox.tasks(caller()), caller().userName(), new Date());
        }
        return waiting;
    }

    /** The page a task is done on, from the application's root (as in the inbox). */
    public String page(TaskInbox.InboxTask task) {
        return TaskInboxView.pageOf(task);
    }

    public String stepName(TaskInbox.InboxTask task) {
        return TaskInboxView.stepNameOf(task);
    }

    public String subject(TaskInbox.InboxTask task) {
        return TaskInboxView.subjectOf(task);
    }

    public String getPastDeadlineSteps() {
        return PAST_DEADLINE_STEPS;
    }

    // ---- the secretariat ------------------------------------------------------------------------------------

    /** The cycle being collected or reviewed (the latest one not yet published); null when there is none. */
    public CycleOverview getOpenCycle() {
        if (!openCycleLoaded) {
            openCycleLoaded = true;
            if (caller().hasRole(Role.SECRETARIAT)) {
                openCycle = collection.cycles().stream()
                        .filter(cycle -> cycle.getStatus() != CycleStatus.PUBLISHED && cycle.getStatus() != CycleStatus.PLANNED)
                        .findFirst().map(cycle -> collection.overview(cycle.getId())).orElse(null);
            }
        }
        return openCycle;
    }

    /** The failed steps (incidents) of the open cycle's request processes. */
    public long getCycleIncidents() {
        if (cycleIncidents == null) {
            CycleOverview cycle = getOpenCycle();
            cycleIncidents = cycle == null ? 0L : followUp.incidents(cycle.cycleId());
        }
        return cycleIncidents;
    }

    // ---- supply: officers, makers, the industry association ----------------------------------------------------

    /** The caller's supply cases per state, each state that holds any (counted by the database), in the flow's order. */
    public List<StateCount> getSupplyStates() {
        if (supplyStates == null) {
            Caller caller = caller();
            boolean reads = caller.hasRole(Role.MINISTRY_OFFICER) || caller.hasRole(Role.MANUFACTURER)
                    || caller.hasRole(Role.INDUSTRY_ASSOCIATION);
            supplyStates = !reads ? List.of() : Arrays.stream(SupplyCaseState.values())
                    .map(state -> new StateCount(state, supplyCases.countMyCases(new SupplyCaseFilter(null, state, null, false))))
                    .filter(counted -> counted.count() > 0).toList();
        }
        return supplyStates;
    }

    // ---- ministry officers ----------------------------------------------------------------------------------------

    /** Account requests waiting for an officer's decision (0 for anyone else). */
    public long getPendingAccountRequests() {
        return caller().hasRole(Role.MINISTRY_OFFICER) ? accountRequests.countPending() : 0L;
    }

    // ---- administrators ---------------------------------------------------------------------------------------------

    /** The process engine's open incidents (0 for anyone but an administrator). */
    public long getOpenIncidents() {
        return caller().hasRole(Role.ADMIN) ? incidents.countOpen() : 0L;
    }

    private List<UserAccount> usersWithoutRole;
    private boolean usersUnreadable;

    /**
     * Accounts that can log in but have no platform role (empty for anyone but an administrator, and when the
     * identity provider cannot be read: {@link #isUsersUnreadable()} says so).
     */
    public List<UserAccount> getUsersWithoutRole() {
        if (usersWithoutRole == null) {
            usersWithoutRole = List.of();
            if (caller().hasRole(Role.ADMIN)) {
                try {
                    usersWithoutRole = users.usersWithoutRole();
                } catch (IdentityProviderException unreachable) {
                    usersUnreadable = true;
                }
            }
        }
        return usersWithoutRole;
    }

    public boolean isUsersUnreadable() {
        getUsersWithoutRole();
        return usersUnreadable;
    }

    // ---- committee members ------------------------------------------------------------------------------------------

    /** The latest cycle, of any plan, whose draft report is before the committee; null when none is. */
    public FollowUpCycle getReviewedCycle() {
        if (!reviewedCycleLoaded) {
            reviewedCycleLoaded = true;
            if (caller().hasRole(Role.COMMITTEE_MEMBER)) {
                reviewedCycle = reviewed(catalogue.allCycles()).orElse(null);
            }
        }
        return reviewedCycle;
    }

    /** The newest of the cycles (of every plan) whose draft report is before the committee. */
    static Optional<FollowUpCycle> reviewed(List<FollowUpCycle> cycles) {
        return PlanCycles.newest(cycles, cycle -> cycle.getStatus() == CycleStatus.COMMITTEE_REVIEW);
    }

    /** The goals of the draft under review that the member has not yet commented on, in the report's order. */
    public List<Goal> getGoalsNotCommented() {
        if (goalsNotCommented == null) {
            FollowUpCycle cycle = getReviewedCycle();
            if (cycle == null) {
                goalsNotCommented = List.of();
            } else {
                DraftReport draft = reports.draft(cycle.getId());
                String member = caller().userName();
                goalsNotCommented = notCommented(draft.getGoals(), draft.getComments().stream()
                        .filter(comment -> member.equals(comment.getAuthor())).map(CommitteeComment::getSubject)
                        .collect(Collectors.toSet()));
            }
        }
        return goalsNotCommented;
    }

    /**
     * The goals none of the member's comments is about, given the subjects the member commented on ("GOAL-n" is a
     * goal's subject, as the report page names it; a KPI's code is not a goal's).
     */
    static List<Goal> notCommented(List<Goal> goals, Set<String> commentedSubjects) {
        return goals.stream().filter(goal -> !commentedSubjects.contains("GOAL-" + goal.getNumber())).toList();
    }

    public String goalName(Goal goal) {
        return goal.getCircledNumber() + " " + (Feedback.isEnglish() ? goal.getNameEn() : goal.getNameJa());
    }

    // ---- reporters ----------------------------------------------------------------------------------------------------

    /** The open requests of the reporter's body, due first. */
    public List<ReportRequest> getOpenRequests() {
        if (openRequests == null) {
            Caller caller = caller();
            boolean reports = caller.hasRole(Role.HUB_REPORTER) || caller.hasRole(Role.AMED_REPORTER)
                    || caller.hasRole(Role.SURVEY_REPORTER);
            openRequests = reports ? requests.myOpenRequests() : List.of();
        }
        return openRequests;
    }

    /** Days from today (in Japan) to the request's due date: negative once it has passed. */
    public long daysLeft(ReportRequest request) {
        return ChronoUnit.DAYS.between(LocalDate.now(JapaneseFiscalYear.JAPAN_TIME), request.getDue());
    }
}

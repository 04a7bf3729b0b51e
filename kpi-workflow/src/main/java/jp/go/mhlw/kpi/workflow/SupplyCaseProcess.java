package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The processes of a supply-disruption case, as the screens and services see them: start a case once, see
 * the steps it waits at and whose they are, complete a step with its decision. The business key is the case
 * id; a case runs flow A ({@value #DISRUPTION_PROCESS_KEY}) or, when it begins as a termination, flow B
 * ({@value #TERMINATION_PROCESS_KEY}) alone. Flow A calls flow B with the same business key, so the steps of
 * both are found by case id.
 *
 * <p>The facade routes; it does not authorise. The application service checks the caller against the
 * case (role and {@link WaitingStep#organisationCode()}) and records the domain change before completing the
 * step in the same transaction.
 */
@ApplicationScoped
public class SupplyCaseProcess {

    public static final String DISRUPTION_PROCESS_KEY = "supply-disruption";
    public static final String TERMINATION_PROCESS_KEY = "supply-termination";

    /** The step ids: element ids of the user tasks in the two models. */
    public static final class Steps {
        public static final String FILE_ADDITIONAL_REPORT = "fileAdditionalReport";
        public static final String CHASE_OVERDUE_ADDITIONAL_REPORT = "chaseOverdueAdditionalReport";
        public static final String TRIAGE_REPORT = "triageReport";
        public static final String ESCALATE_OVERDUE_TRIAGE = "escalateOverdueTriage";
        public static final String DECIDE_FURTHER_ACTION = "decideFurtherAction";
        public static final String CONSIDER_RESPONSE = "considerResponse";
        public static final String CHASE_OVERDUE_RESPONSE = "chaseOverdueResponse";
        public static final String DECIDE_CONSENT = "decideConsent";
        public static final String REQUEST_ALTERNATIVE_STOCK = "requestAlternativeStock";
        public static final String ANSWER_STOCK_REQUEST = "answerStockRequest";
        public static final String REQUEST_ASSOCIATION_SUPPORT = "requestAssociationSupport";
        public static final String RECORD_ASSOCIATION_SUPPORT = "recordAssociationSupport";
        public static final String FOLLOW_UP_SUPPLY = "followUpSupply";
        public static final String CONSULT_SOCIETIES = "consultSocieties";
        public static final String FILE_SIMPLE_REPORT = "fileSimpleReport";
        public static final String FILE_TERMINATION_NOTICE = "fileTerminationNotice";
        public static final String CLOSE_CASE = "closeCase";

        private Steps() {
        }
    }

    /** The process variables: ids and decisions only. */
    static final class Vars {
        static final String CASE_ID = "caseId";
        static final String MANUFACTURER_ORG = "manufacturerOrg";
        static final String ADDITIONAL_REPORT_FILED = "additionalReportFiled";
        static final String ADDITIONAL_REPORT_DUE = "additionalReportDue";
        static final String TRIAGE_DUE = "triageDue";
        static final String RESPONSE_DUE = "responseDue";
        static final String CLINICAL_IMPACT = "clinicalImpact";
        static final String FURTHER_ACTION_NEEDED = "furtherActionNeeded";
        static final String CONTINUE_SUPPLY = "continueSupply";
        static final String CONSENT = "consentToContactAlternativeMakers";
        static final String ALTERNATIVE_MAKER_ORGS = "alternativeMakerOrgs";
        static final String ALTERNATIVE_MAKER_ORG = "alternativeMakerOrg";
        static final String ASSOCIATION_ORG = "associationOrg";
        static final String SITUATION_CHANGED = "situationChanged";
        static final String CLOSE_REASON = "closeReason";

        private Vars() {
        }
    }

    /** Steps that route on a decision: completing them without it would fail in a gateway, or worse, not. */
    private static final Map<String, String> DECISION_METHODS = Map.of(
            Steps.TRIAGE_REPORT, "recordTriage",
            Steps.DECIDE_FURTHER_ACTION, "decideFurtherAction",
            Steps.CONSIDER_RESPONSE, "considerResponse",
            Steps.DECIDE_CONSENT, "decideConsent",
            Steps.REQUEST_ALTERNATIVE_STOCK, "requestAlternativeStock",
            Steps.ANSWER_STOCK_REQUEST, "answerStockRequest",
            Steps.REQUEST_ASSOCIATION_SUPPORT, "requestAssociationSupport",
            Steps.FOLLOW_UP_SUPPLY, "followUpSupply",
            Steps.CLOSE_CASE, "closeCase");

    /**
     * How long each party has before the officer gets a chasing or escalation task. Settings, not code: the
     * caller reads them from configuration.
     */
    public record Deadlines(Duration additionalReport, Duration triage, Duration response) {

        public Deadlines {
            requirePositive(additionalReport, "additionalReport");
            requirePositive(triage, "triage");
            requirePositive(response, "response");
        }

        private static void requirePositive(Duration duration, String name) {
            if (duration == null || duration.isNegative() || duration.isZero()) {
                throw new IllegalArgumentException("the " + name + " deadline must be a positive duration, was " + duration);
            }
        }
    }

    /**
     * A step a case waits at. {@code organisationCode} is the organisation whose users may do it: the case's
     * manufacturer, the maker of an alternative asked for stock data, or the association asked for support;
     * empty for the ministry's steps.
     */
    public record WaitingStep(String taskId, String step, String candidateGroup, Optional<String> organisationCode) {
    }

    private final Supplier<ProcessEngine> engine;

    /** For CDI's proxy only. */
    protected SupplyCaseProcess() {
        this.engine = null;
    }

    @Inject
    public SupplyCaseProcess(ProcessEngineBootstrap bootstrap) {
        this(bootstrap::processEngine);
    }

    SupplyCaseProcess(Supplier<ProcessEngine> engine) {
        this.engine = engine;
    }

    // ---- starting ------------------------------------------------------------------------------------------

    /**
     * Starts flow A for a case on instability or shortage. {@code additionalReportFiled} is true when the
     * case began with a complete (additional) report, which goes straight to MHLW's triage.
     */
    public String startDisruptionCase(String caseId, String manufacturerOrg, boolean additionalReportFiled, Deadlines deadlines) {
        VariableMap variables = caseVariables(caseId, manufacturerOrg, deadlines)
                .putValue(Vars.ADDITIONAL_REPORT_FILED, additionalReportFiled);
        return start(DISRUPTION_PROCESS_KEY, caseId, variables);
    }

    /** Starts flow B for a case that begins as a termination. */
    public String startTerminationCase(String caseId, String manufacturerOrg, Deadlines deadlines) {
        return start(TERMINATION_PROCESS_KEY, caseId, caseVariables(caseId, manufacturerOrg, deadlines));
    }

    private String start(String processKey, String caseId, VariableMap variables) {
        long existing = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY)
                .processInstanceBusinessKey(caseId).count();
        if (existing > 0) {
            throw new IllegalStateException("The process of supply case " + caseId + " has already been started");
        }
        return engine.get().getRuntimeService().startProcessInstanceByKey(processKey, caseId, variables).getId();
    }

    private static VariableMap caseVariables(String caseId, String manufacturerOrg, Deadlines deadlines) {
        requireId(caseId, "A case id");
        requireId(manufacturerOrg, "The manufacturer's organisation code");
        Objects.requireNonNull(deadlines, "deadlines");
        return Variables.createVariables()
                .putValue(Vars.CASE_ID, caseId)
                .putValue(Vars.MANUFACTURER_ORG, manufacturerOrg)
                .putValue(Vars.ADDITIONAL_REPORT_DUE, iso8601(deadlines.additionalReport()))
                .putValue(Vars.TRIAGE_DUE, iso8601(deadlines.triage()))
                .putValue(Vars.RESPONSE_DUE, iso8601(deadlines.response()));
    }

    /** "P14D" rather than "PT336H" when the deadline is in whole days, as an administrator would write it. */
    static String iso8601(Duration duration) {
        return duration.toSeconds() % 86_400 == 0 ? "P" + duration.toDays() + "D" : duration.toString();
    }

    // ---- reading -------------------------------------------------------------------------------------------

    /** The step ids the case waits at, oldest first; empty when its process has ended or never started. */
    public List<String> waitingAt(String caseId) {
        return tasks(caseId).stream().map(Task::getTaskDefinitionKey).toList();
    }

    /** The steps the case waits at with their role and organisation, for the task lists. */
    public List<WaitingStep> waitingSteps(String caseId) {
        TaskService tasks = engine.get().getTaskService();
        return tasks(caseId).stream().map(task -> new WaitingStep(task.getId(), task.getTaskDefinitionKey(),
                candidateGroup(tasks, task), organisationOf(tasks, task))).toList();
    }

    /**
     * Every step of every case waiting for this candidate group, oldest first, with its case id: for the ministry's
     * steps all of them, for others only those of {@code organisationCode}.
     */
    public List<WaitingStep> waitingFor(String candidateGroup, String organisationCode) {
        requireId(candidateGroup, "A candidate group");
        TaskService tasks = engine.get().getTaskService();
        return tasks.createTaskQuery()
                .processDefinitionKeyIn(DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY)
                .taskCandidateGroup(candidateGroup)
                .orderByTaskCreateTime().asc()
                .list().stream()
                .map(task -> new WaitingStep(task.getId(), task.getTaskDefinitionKey(), candidateGroup, organisationOf(tasks, task)))
                .filter(step -> step.organisationCode().isEmpty() || step.organisationCode().get().equals(organisationCode))
                .toList();
    }

    /** The case id of the step's case (flow B called from A has the same one). */
    public String caseIdOf(String taskId) {
        return (String) engine.get().getTaskService().getVariable(taskId, Vars.CASE_ID);
    }

    private static String candidateGroup(TaskService tasks, Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst().orElse(null);
    }

    /**
     * The organisation a step belongs to. Read per task because a maker's code is local to its instance of
     * answerStockRequest, which a process-variable query would not tell apart.
     */
    private static Optional<String> organisationOf(TaskService tasks, Task task) {
        String variable = switch (task.getTaskDefinitionKey()) {
            case Steps.ANSWER_STOCK_REQUEST -> Vars.ALTERNATIVE_MAKER_ORG;
            case Steps.RECORD_ASSOCIATION_SUPPORT -> Vars.ASSOCIATION_ORG;
            case Steps.FILE_ADDITIONAL_REPORT, Steps.CONSIDER_RESPONSE, Steps.DECIDE_CONSENT, Steps.FOLLOW_UP_SUPPLY,
                    Steps.FILE_SIMPLE_REPORT, Steps.FILE_TERMINATION_NOTICE -> Vars.MANUFACTURER_ORG;
            default -> null;
        };
        return variable == null ? Optional.empty() : Optional.ofNullable((String) tasks.getVariable(task.getId(), variable));
    }

    // ---- completing steps ----------------------------------------------------------------------------------

    /**
     * Completes a step that needs no decision (filing a report, consulting societies, chasing, escalating,
     * recording support). Steps with a decision have their own methods.
     */
    public void complete(String caseId, String step) {
        String method = DECISION_METHODS.get(step);
        if (method != null) {
            throw new IllegalArgumentException("Step " + step + " needs a decision: use " + method);
        }
        completeWith(openTask(caseId, step), Variables.createVariables());
    }

    /** MHLW's triage; flow B routes on the clinical impact. */
    public void recordTriage(String caseId, ClinicalImpact impact) {
        Objects.requireNonNull(impact, "impact");
        completeStep(caseId, Steps.TRIAGE_REPORT, Variables.createVariables().putValue(Vars.CLINICAL_IMPACT, impact.name()));
    }

    public void decideFurtherAction(String caseId, boolean needed) {
        completeStep(caseId, Steps.DECIDE_FURTHER_ACTION, Variables.createVariables().putValue(Vars.FURTHER_ACTION_NEEDED, needed));
    }

    /** The manufacturer's answer to MHLW's request: continue supply, or end it (flow B). */
    public void considerResponse(String caseId, boolean continueSupply) {
        completeStep(caseId, Steps.CONSIDER_RESPONSE, Variables.createVariables().putValue(Vars.CONTINUE_SUPPLY, continueSupply));
    }

    /** The manufacturer's consent to MHLW contacting makers of alternatives; without it they get no task. */
    public void decideConsent(String caseId, boolean consentGiven) {
        completeStep(caseId, Steps.DECIDE_CONSENT, Variables.createVariables().putValue(Vars.CONSENT, consentGiven));
    }

    /** MHLW asks these makers of alternatives for stock and production data: one answer step per maker. */
    public void requestAlternativeStock(String caseId, List<String> makerOrganisationCodes) {
        Set<String> makers = new LinkedHashSet<>();
        makerOrganisationCodes.forEach(code -> makers.add(requireId(code, "A maker's organisation code")));
        if (makers.isEmpty()) {
            throw new IllegalArgumentException("Name at least one maker of an alternative product");
        }
        // transient: a stored list would be an opaque serialized object; each instance keeps its maker's code
        completeStep(caseId, Steps.REQUEST_ALTERNATIVE_STOCK, Variables.createVariables().putValueTyped(
                Vars.ALTERNATIVE_MAKER_ORGS, Variables.objectValue(new ArrayList<>(makers), true).create()));
    }

    /** The maker of an alternative answers the request addressed to its organisation. */
    public void answerStockRequest(String caseId, String makerOrganisationCode) {
        requireId(makerOrganisationCode, "A maker's organisation code");
        TaskService tasks = engine.get().getTaskService();
        Task task = tasks(caseId).stream()
                .filter(open -> Steps.ANSWER_STOCK_REQUEST.equals(open.getTaskDefinitionKey()))
                .filter(open -> makerOrganisationCode.equals(tasks.getVariable(open.getId(), Vars.ALTERNATIVE_MAKER_ORG)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Case " + caseId + " awaits no stock answer from " + makerOrganisationCode));
        completeWith(task, Variables.createVariables());
    }

    /** MHLW asks this industry association for support; its users then see the case's support step. */
    public void requestAssociationSupport(String caseId, String associationOrganisationCode) {
        requireId(associationOrganisationCode, "The association's organisation code");
        completeStep(caseId, Steps.REQUEST_ASSOCIATION_SUPPORT,
                Variables.createVariables().putValue(Vars.ASSOCIATION_ORG, associationOrganisationCode));
    }

    /** The manufacturer's follow-up: a re-report (back to MHLW's triage) or none (MHLW closes the case). */
    public void followUpSupply(String caseId, boolean situationChanged) {
        completeStep(caseId, Steps.FOLLOW_UP_SUPPLY, Variables.createVariables().putValue(Vars.SITUATION_CHANGED, situationChanged));
    }

    public void closeCase(String caseId, CloseReason reason) {
        Objects.requireNonNull(reason, "reason");
        completeStep(caseId, Steps.CLOSE_CASE, Variables.createVariables().putValue(Vars.CLOSE_REASON, reason.name()));
    }

    /**
     * Ends the case's flow before it reaches its closing step (MHLW closed the case early); the reason is kept as
     * the deletion reason in the history. Nothing happens when no flow of the case runs.
     */
    public void endEarly(String caseId, CloseReason reason) {
        Objects.requireNonNull(reason, "reason");
        engine.get().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKeyIn(DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY)
                .processInstanceBusinessKey(requireId(caseId, "A case id"))
                .rootProcessInstances()
                .list()
                .forEach(instance -> engine.get().getRuntimeService().deleteProcessInstance(instance.getId(),
                        "closed by MHLW: " + reason.name()));
    }

    private void completeStep(String caseId, String step, VariableMap decision) {
        completeWith(openTask(caseId, step), decision);
    }

    private void completeWith(Task task, VariableMap variables) {
        engine.get().getTaskService().complete(task.getId(), variables);
    }

    private Task openTask(String caseId, String step) {
        return tasks(caseId).stream().filter(open -> open.getTaskDefinitionKey().equals(step)).findFirst()
                .orElseThrow(() -> new IllegalStateException("Supply case " + caseId + " is not waiting at " + step));
    }

    private List<Task> tasks(String caseId) {
        requireId(caseId, "A case id");
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY)
                .processInstanceBusinessKey(caseId)
                .orderByTaskCreateTime().asc()
                .list();
    }

    private static String requireId(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
        return value;
    }
}

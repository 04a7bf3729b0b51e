package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.supply.SupplyDeadlines;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.workflow.engine.ProcessEngineBootstrap;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;

/**
 * The domain's port {@link SupplyCaseWorkflow} on the engine: start a case's flow once, see the steps it waits at
 * and whose they are, complete a step with its decision. The business key is the case number; a case runs flow A
 * ({@value #DISRUPTION_PROCESS_KEY}) or, when it begins as a termination, flow B ({@value #TERMINATION_PROCESS_KEY})
 * alone. Flow A calls flow B, and both call the coordination ({@value #COORDINATION_PROCESS_KEY}), with the same
 * business key, so the steps of all three are found by case number. The step ids are the element ids of
 * {@link SupplyStep}; a user task that is no known step is not listed.
 *
 * <p>The facade routes; it does not authorise. The application service checks the caller against the case (role
 * and {@link WaitingStep#organisationCode()}) and records the domain change before completing the step in the same
 * transaction.
 */
@ApplicationScoped
public class SupplyCaseProcess implements SupplyCaseWorkflow {

    public static final String DISRUPTION_PROCESS_KEY = "supply-disruption";
    public static final String TERMINATION_PROCESS_KEY = "supply-termination";
    /** Called by both flows, never started on its own. */
    public static final String COORDINATION_PROCESS_KEY = "coordinate-alternatives";

    /** The flows a case is started in: one of them, once. */
    private static final String[] FLOW_KEYS = {DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY};
    /** The processes whose tasks are a supply case's steps. */
    private static final String[] PROCESS_KEYS = {DISRUPTION_PROCESS_KEY, TERMINATION_PROCESS_KEY, COORDINATION_PROCESS_KEY};

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
    private static final Map<SupplyStep, String> DECISION_METHODS = new EnumMap<>(Map.of(
            SupplyStep.TRIAGE_REPORT, "recordTriage",
            SupplyStep.DECIDE_FURTHER_ACTION, "decideFurtherAction",
            SupplyStep.CONSIDER_RESPONSE, "considerResponse",
            SupplyStep.DECIDE_CONSENT, "decideConsent",
            SupplyStep.REQUEST_ALTERNATIVE_STOCK, "requestAlternativeStock",
            SupplyStep.ANSWER_STOCK_REQUEST, "answerStockRequest",
            SupplyStep.REQUEST_ASSOCIATION_SUPPORT, "requestAssociationSupport",
            SupplyStep.FOLLOW_UP_SUPPLY, "followUpSupply",
            SupplyStep.CLOSE_CASE, "closeCase"));

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

    @Override
    public void startDisruption(String caseNumber, String manufacturerOrganisationCode, boolean additionalReportFiled,
            SupplyDeadlines.Durations deadlines) {
        VariableMap variables = caseVariables(caseNumber, manufacturerOrganisationCode, deadlines)
                .putValue(Vars.ADDITIONAL_REPORT_FILED, additionalReportFiled);
        start(DISRUPTION_PROCESS_KEY, caseNumber, variables);
    }

    @Override
    public void startTermination(String caseNumber, String manufacturerOrganisationCode, SupplyDeadlines.Durations deadlines) {
        start(TERMINATION_PROCESS_KEY, caseNumber, caseVariables(caseNumber, manufacturerOrganisationCode, deadlines));
    }

    private void start(String processKey, String caseNumber, VariableMap variables) {
        long existing = engine.get().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKeyIn(FLOW_KEYS)
                .processInstanceBusinessKey(caseNumber).count();
        if (existing > 0) {
            throw new IllegalStateException("The process of supply case " + caseNumber + " has already been started");
        }
        engine.get().getRuntimeService().startProcessInstanceByKey(processKey, caseNumber, variables);
    }

    private static VariableMap caseVariables(String caseNumber, String manufacturerOrg, SupplyDeadlines.Durations deadlines) {
        requireId(caseNumber, "A case number");
        requireId(manufacturerOrg, "The manufacturer's organisation code");
        Objects.requireNonNull(deadlines, "deadlines");
        return Variables.createVariables()
                .putValue(Vars.CASE_ID, caseNumber)
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

    @Override
    public List<WaitingStep> waitingSteps(String caseNumber) {
        TaskService tasks = engine.get().getTaskService();
        List<WaitingStep> steps = new ArrayList<>();
        for (Task task : tasks(caseNumber)) {
            SupplyStep.byId(task.getTaskDefinitionKey())
                    .ifPresent(step -> steps.add(new WaitingStep(caseNumber, step, organisationOf(tasks, task, step))));
        }
        return steps;
    }

    /** Two queries for the whole page: the cases' tasks, and the business keys of the instances they belong to. */
    @Override
    public Map<String, List<SupplyStep>> stepsAt(Collection<String> caseNumbers) {
        Map<String, List<SupplyStep>> steps = new LinkedHashMap<>();
        caseNumbers.forEach(caseNumber -> steps.put(requireId(caseNumber, "A case number"), new ArrayList<>()));
        if (steps.isEmpty()) {
            return steps;
        }
        List<Task> waiting = engine.get().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(PROCESS_KEYS)
                .processInstanceBusinessKeyIn(steps.keySet().toArray(String[]::new))
                .orderByTaskCreateTime().asc()
                .list();
        if (waiting.isEmpty()) {
            return steps;
        }
        Map<String, String> caseOfInstance = new HashMap<>();
        engine.get().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(waiting.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet()))
                .list()
                .forEach(instance -> caseOfInstance.put(instance.getId(), instance.getBusinessKey()));
        for (Task task : waiting) {
            List<SupplyStep> ofCase = steps.get(caseOfInstance.get(task.getProcessInstanceId()));
            if (ofCase != null) {
                SupplyStep.byId(task.getTaskDefinitionKey()).ifPresent(ofCase::add);
            }
        }
        return steps;
    }

    @Override
    public List<WaitingStep> waitingFor(Role role, String organisationCode) {
        Objects.requireNonNull(role, "role");
        TaskService tasks = engine.get().getTaskService();
        List<WaitingStep> steps = new ArrayList<>();
        List<Task> waiting = tasks.createTaskQuery()
                .processDefinitionKeyIn(PROCESS_KEYS)
                .taskCandidateGroup(role.roleName())
                .orderByTaskCreateTime().asc()
                .list();
        for (Task task : waiting) {
            Optional<SupplyStep> known = SupplyStep.byId(task.getTaskDefinitionKey());
            if (known.isEmpty()) {
                continue;
            }
            Optional<String> organisation = organisationOf(tasks, task, known.get());
            if (organisation.isEmpty() || organisation.get().equals(organisationCode)) {
                steps.add(new WaitingStep(caseNumberOf(tasks, task), known.get(), organisation));
            }
        }
        return steps;
    }

    /** The case number of the step's case (the processes a flow calls are given the same one). */
    private static String caseNumberOf(TaskService tasks, Task task) {
        return (String) tasks.getVariable(task.getId(), Vars.CASE_ID);
    }

    /**
     * The organisation a step belongs to. Read per task because a maker's code is local to its instance of
     * answerStockRequest, which a process-variable query would not tell apart.
     */
    private static Optional<String> organisationOf(TaskService tasks, Task task, SupplyStep step) {
        String variable = organisationVariable(step);
        return variable == null ? Optional.empty() : Optional.ofNullable((String) tasks.getVariable(task.getId(), variable));
    }

    /** The variable that names the organisation a step belongs to; {@code null} for the ministry's steps. */
    static String organisationVariable(SupplyStep step) {
        return switch (step) {
            case ANSWER_STOCK_REQUEST -> Vars.ALTERNATIVE_MAKER_ORG;
            case RECORD_ASSOCIATION_SUPPORT -> Vars.ASSOCIATION_ORG;
            case FILE_ADDITIONAL_REPORT, CONSIDER_RESPONSE, DECIDE_CONSENT, FOLLOW_UP_SUPPLY, FILE_SIMPLE_REPORT,
                    FILE_TERMINATION_NOTICE -> Vars.MANUFACTURER_ORG;
            default -> null;
        };
    }

    /** The organisation a task of one of the supply processes belongs to, from its variables; empty for others. */
    static Optional<String> organisationOf(String taskDefinitionKey, Map<String, Object> variables) {
        return SupplyStep.byId(taskDefinitionKey).map(SupplyCaseProcess::organisationVariable).map(variables::get)
                .map(String.class::cast);
    }

    /** The variables {@link #organisationOf(String, Map)} reads. */
    static final List<String> ORGANISATION_VARIABLES = List.of(Vars.MANUFACTURER_ORG, Vars.ALTERNATIVE_MAKER_ORG,
            Vars.ASSOCIATION_ORG);

    // ---- completing steps ----------------------------------------------------------------------------------

    @Override
    public void complete(String caseNumber, SupplyStep step) {
        Objects.requireNonNull(step, "step");
        String method = DECISION_METHODS.get(step);
        if (method != null) {
            throw new IllegalArgumentException("Step " + step.id() + " needs a decision: use " + method);
        }
        completeWith(openTask(caseNumber, step), Variables.createVariables());
    }

    /** MHLW's triage; flow B routes on the clinical impact. */
    @Override
    public void recordTriage(String caseNumber, ClinicalImpact impact) {
        Objects.requireNonNull(impact, "impact");
        completeStep(caseNumber, SupplyStep.TRIAGE_REPORT,
                Variables.createVariables().putValue(Vars.CLINICAL_IMPACT, impact.name()));
    }

    @Override
    public void decideFurtherAction(String caseNumber, boolean needed) {
        completeStep(caseNumber, SupplyStep.DECIDE_FURTHER_ACTION,
                Variables.createVariables().putValue(Vars.FURTHER_ACTION_NEEDED, needed));
    }

    /** The manufacturer's answer to MHLW's request: continue supply, or end it (flow B). */
    @Override
    public void considerResponse(String caseNumber, boolean continueSupply) {
        completeStep(caseNumber, SupplyStep.CONSIDER_RESPONSE,
                Variables.createVariables().putValue(Vars.CONTINUE_SUPPLY, continueSupply));
    }

    /** The manufacturer's consent to MHLW contacting makers of alternatives; without it they get no task. */
    @Override
    public void decideConsent(String caseNumber, boolean given) {
        completeStep(caseNumber, SupplyStep.DECIDE_CONSENT, Variables.createVariables().putValue(Vars.CONSENT, given));
    }

    /** MHLW asks these makers of alternatives for stock and production data: one answer step per maker. */
    @Override
    public void requestAlternativeStock(String caseNumber, List<String> makerOrganisationCodes) {
        Set<String> makers = new LinkedHashSet<>();
        makerOrganisationCodes.forEach(code -> makers.add(requireId(code, "A maker's organisation code")));
        if (makers.isEmpty()) {
            throw new IllegalArgumentException("Name at least one maker of an alternative product");
        }
        // transient: a stored list would be an opaque serialized object; each instance keeps its maker's code
        completeStep(caseNumber, SupplyStep.REQUEST_ALTERNATIVE_STOCK, Variables.createVariables().putValueTyped(
                Vars.ALTERNATIVE_MAKER_ORGS, Variables.objectValue(new ArrayList<>(makers), true).create()));
    }

    /** The maker of an alternative answers the request addressed to its organisation. */
    @Override
    public void answerStockRequest(String caseNumber, String makerOrganisationCode) {
        requireId(makerOrganisationCode, "A maker's organisation code");
        TaskService tasks = engine.get().getTaskService();
        Task task = tasks(caseNumber).stream()
                .filter(open -> SupplyStep.ANSWER_STOCK_REQUEST.id().equals(open.getTaskDefinitionKey()))
                .filter(open -> makerOrganisationCode.equals(tasks.getVariable(open.getId(), Vars.ALTERNATIVE_MAKER_ORG)))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException(
                        "Case " + caseNumber + " awaits no stock answer from " + makerOrganisationCode));
        completeWith(task, Variables.createVariables());
    }

    /** MHLW asks this industry association for support; its users then see the case's support step. */
    @Override
    public void requestAssociationSupport(String caseNumber, String associationOrganisationCode) {
        requireId(associationOrganisationCode, "The association's organisation code");
        completeStep(caseNumber, SupplyStep.REQUEST_ASSOCIATION_SUPPORT,
                Variables.createVariables().putValue(Vars.ASSOCIATION_ORG, associationOrganisationCode));
    }

    /** The manufacturer's follow-up: a re-report (back to MHLW's triage) or none (MHLW closes the case). */
    @Override
    public void followUpSupply(String caseNumber, boolean situationChanged) {
        completeStep(caseNumber, SupplyStep.FOLLOW_UP_SUPPLY,
                Variables.createVariables().putValue(Vars.SITUATION_CHANGED, situationChanged));
    }

    @Override
    public void closeCase(String caseNumber, CloseReason reason) {
        Objects.requireNonNull(reason, "reason");
        completeStep(caseNumber, SupplyStep.CLOSE_CASE, Variables.createVariables().putValue(Vars.CLOSE_REASON, reason.name()));
    }

    /**
     * Ends the case's flow before it reaches its closing step (MHLW closed the case early), and with it the
     * processes it called; the reason is kept as the deletion reason in the history. Nothing happens when no flow of
     * the case runs.
     */
    @Override
    public void endEarly(String caseNumber, CloseReason reason) {
        Objects.requireNonNull(reason, "reason");
        engine.get().getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKeyIn(FLOW_KEYS)
                .processInstanceBusinessKey(requireId(caseNumber, "A case number"))
                .rootProcessInstances()
                .list()
                .forEach(instance -> engine.get().getRuntimeService().deleteProcessInstance(instance.getId(),
                        "closed by MHLW: " + reason.name()));
    }

    private void completeStep(String caseNumber, SupplyStep step, VariableMap decision) {
        completeWith(openTask(caseNumber, step), decision);
    }

    private void completeWith(Task task, VariableMap variables) {
        ConcurrentSteps.run(() -> engine.get().getTaskService().complete(task.getId(), variables));
    }

    private Task openTask(String caseNumber, SupplyStep step) {
        return tasks(caseNumber).stream().filter(open -> open.getTaskDefinitionKey().equals(step.id())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Supply case " + caseNumber + " is not waiting at " + step.id()));
    }

    /** The open tasks of the case, oldest first; none when its flow has ended or never started. */
    private List<Task> tasks(String caseNumber) {
        requireId(caseNumber, "A case number");
        return engine.get().getTaskService().createTaskQuery()
                .processDefinitionKeyIn(PROCESS_KEYS)
                .processInstanceBusinessKey(caseNumber)
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

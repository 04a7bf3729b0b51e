package jp.go.mhlw.kpi.application;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.supply.SupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.supply.SupplyDeadlines;
import jp.go.mhlw.kpi.application.supply.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;

/**
 * The two supply flows as the BPMN models route them (without timers: {@link #overdue} adds a reminder), so that
 * the service's tests see the same waiting steps the engine would give. The models themselves are tested in
 * kpi-workflow against the real engine.
 */
public final class FakeSupplyCaseWorkflow implements SupplyCaseWorkflow {

    private static final class Flow {
        final String manufacturer;
        boolean termination;
        final List<WaitingStep> waiting = new ArrayList<>();
        boolean alternativesHandled;
        boolean associationSupported;
        boolean ended;
        SupplyDeadlines.Durations deadlines;

        Flow(String manufacturer, boolean termination) {
            this.manufacturer = manufacturer;
            this.termination = termination;
        }
    }

    private final Map<String, Flow> flows = new HashMap<>();
    public final List<String> calls = new ArrayList<>();

    @Override
    public void startDisruption(String caseNumber, String manufacturer, boolean additionalReportFiled,
            SupplyDeadlines.Durations deadlines) {
        Flow flow = start(caseNumber, manufacturer, false, deadlines);
        await(caseNumber, flow, additionalReportFiled ? SupplyStep.TRIAGE_REPORT : SupplyStep.FILE_ADDITIONAL_REPORT);
        calls.add("startDisruption " + caseNumber + " " + additionalReportFiled);
    }

    @Override
    public void startTermination(String caseNumber, String manufacturer, SupplyDeadlines.Durations deadlines) {
        Flow flow = start(caseNumber, manufacturer, true, deadlines);
        await(caseNumber, flow, SupplyStep.TRIAGE_REPORT);
        calls.add("startTermination " + caseNumber);
    }

    private Flow start(String caseNumber, String manufacturer, boolean termination, SupplyDeadlines.Durations deadlines) {
        if (flows.containsKey(caseNumber)) {
            throw new IllegalStateException("The process of supply case " + caseNumber + " has already been started");
        }
        Flow flow = new Flow(manufacturer, termination);
        flow.deadlines = deadlines;
        flows.put(caseNumber, flow);
        return flow;
    }

    /** A timer fired: the officer's reminder task appears beside the overdue step. */
    public void overdue(String caseNumber, SupplyStep reminder) {
        await(caseNumber, flows.get(caseNumber), reminder);
    }

    public SupplyDeadlines.Durations deadlinesOf(String caseNumber) {
        return flows.get(caseNumber).deadlines;
    }

    public boolean hasEnded(String caseNumber) {
        return flows.containsKey(caseNumber) && flows.get(caseNumber).ended;
    }

    @Override
    public List<WaitingStep> waitingSteps(String caseNumber) {
        Flow flow = flows.get(caseNumber);
        return flow == null ? List.of() : List.copyOf(flow.waiting);
    }

    @Override
    public List<WaitingStep> waitingFor(Role role, String organisationCode) {
        return flows.values().stream().flatMap(flow -> flow.waiting.stream())
                .filter(step -> step.step().role() == role)
                .filter(step -> role == Role.MINISTRY_OFFICER || step.organisationCode().equals(Optional.ofNullable(organisationCode)))
                .toList();
    }

    @Override
    public void complete(String caseNumber, SupplyStep step) {
        Flow flow = take(caseNumber, step, null);
        switch (step) {
            case FILE_ADDITIONAL_REPORT -> await(caseNumber, flow,
                    flow.termination ? SupplyStep.FILE_TERMINATION_NOTICE : SupplyStep.TRIAGE_REPORT);
            case CONSULT_SOCIETIES -> await(caseNumber, flow, SupplyStep.DECIDE_FURTHER_ACTION);
            case RECORD_ASSOCIATION_SUPPORT -> {
                flow.associationSupported = true;
                joinCoordination(caseNumber, flow);
            }
            case FILE_SIMPLE_REPORT -> await(caseNumber, flow, SupplyStep.FILE_TERMINATION_NOTICE);
            case FILE_TERMINATION_NOTICE -> await(caseNumber, flow, SupplyStep.CLOSE_CASE);
            case CHASE_OVERDUE_ADDITIONAL_REPORT, ESCALATE_OVERDUE_TRIAGE, CHASE_OVERDUE_RESPONSE -> {
            }
            default -> throw new IllegalArgumentException("Step " + step + " needs a decision");
        }
    }

    @Override
    public void recordTriage(String caseNumber, ClinicalImpact impact) {
        Flow flow = take(caseNumber, SupplyStep.TRIAGE_REPORT, null);
        flow.waiting.removeIf(step -> step.step() == SupplyStep.ESCALATE_OVERDUE_TRIAGE);
        if (!flow.termination) {
            await(caseNumber, flow, SupplyStep.DECIDE_FURTHER_ACTION);
        } else {
            await(caseNumber, flow, impact == ClinicalImpact.SMALL ? SupplyStep.FILE_SIMPLE_REPORT : SupplyStep.CONSULT_SOCIETIES);
        }
    }

    @Override
    public void decideFurtherAction(String caseNumber, boolean needed) {
        Flow flow = take(caseNumber, SupplyStep.DECIDE_FURTHER_ACTION, null);
        if (flow.termination) {
            if (needed) {
                coordinate(caseNumber, flow);
            } else {
                await(caseNumber, flow, SupplyStep.FILE_ADDITIONAL_REPORT);
            }
        } else {
            await(caseNumber, flow, needed ? SupplyStep.CONSIDER_RESPONSE : SupplyStep.FOLLOW_UP_SUPPLY);
        }
    }

    @Override
    public void considerResponse(String caseNumber, boolean continueSupply) {
        Flow flow = take(caseNumber, SupplyStep.CONSIDER_RESPONSE, null);
        if (continueSupply) {
            coordinate(caseNumber, flow);
        } else {
            flow.termination = true;
            await(caseNumber, flow, SupplyStep.TRIAGE_REPORT);
        }
    }

    @Override
    public void decideConsent(String caseNumber, boolean given) {
        Flow flow = take(caseNumber, SupplyStep.DECIDE_CONSENT, null);
        if (given) {
            await(caseNumber, flow, SupplyStep.REQUEST_ALTERNATIVE_STOCK);
        } else {
            flow.alternativesHandled = true;
            joinCoordination(caseNumber, flow);
        }
    }

    @Override
    public void requestAlternativeStock(String caseNumber, List<String> makers) {
        Flow flow = take(caseNumber, SupplyStep.REQUEST_ALTERNATIVE_STOCK, null);
        makers.stream().distinct()
                .forEach(maker -> flow.waiting.add(new WaitingStep(caseNumber, SupplyStep.ANSWER_STOCK_REQUEST, Optional.of(maker))));
    }

    @Override
    public void answerStockRequest(String caseNumber, String maker) {
        Flow flow = take(caseNumber, SupplyStep.ANSWER_STOCK_REQUEST, maker);
        if (flow.waiting.stream().noneMatch(step -> step.step() == SupplyStep.ANSWER_STOCK_REQUEST)) {
            flow.alternativesHandled = true;
            joinCoordination(caseNumber, flow);
        }
    }

    @Override
    public void requestAssociationSupport(String caseNumber, String association) {
        Flow flow = take(caseNumber, SupplyStep.REQUEST_ASSOCIATION_SUPPORT, null);
        flow.waiting.add(new WaitingStep(caseNumber, SupplyStep.RECORD_ASSOCIATION_SUPPORT, Optional.of(association)));
    }

    @Override
    public void followUpSupply(String caseNumber, boolean situationChanged) {
        Flow flow = take(caseNumber, SupplyStep.FOLLOW_UP_SUPPLY, null);
        await(caseNumber, flow, situationChanged ? SupplyStep.TRIAGE_REPORT : SupplyStep.CLOSE_CASE);
    }

    @Override
    public void closeCase(String caseNumber, CloseReason reason) {
        Flow flow = take(caseNumber, SupplyStep.CLOSE_CASE, null);
        flow.ended = true;
        calls.add("closeCase " + caseNumber + " " + reason);
    }

    @Override
    public void endEarly(String caseNumber, CloseReason reason) {
        Flow flow = flows.get(caseNumber);
        if (flow != null) {
            flow.waiting.clear();
            flow.ended = true;
        }
        calls.add("endEarly " + caseNumber + " " + reason);
    }

    private void coordinate(String caseNumber, Flow flow) {
        flow.alternativesHandled = false;
        flow.associationSupported = false;
        await(caseNumber, flow, SupplyStep.DECIDE_CONSENT);
        await(caseNumber, flow, SupplyStep.REQUEST_ASSOCIATION_SUPPORT);
    }

    private void joinCoordination(String caseNumber, Flow flow) {
        if (flow.alternativesHandled && flow.associationSupported) {
            await(caseNumber, flow, flow.termination ? SupplyStep.FILE_ADDITIONAL_REPORT : SupplyStep.FOLLOW_UP_SUPPLY);
        }
    }

    private void await(String caseNumber, Flow flow, SupplyStep step) {
        Optional<String> organisation = step.role() == Role.MINISTRY_OFFICER ? Optional.empty() : Optional.of(flow.manufacturer);
        flow.waiting.add(new WaitingStep(caseNumber, step, organisation));
    }

    private Flow take(String caseNumber, SupplyStep step, String organisation) {
        Flow flow = flows.get(caseNumber);
        WaitingStep open = flow == null ? null : flow.waiting.stream()
                .filter(waiting -> waiting.step() == step)
                .filter(waiting -> organisation == null || waiting.organisationCode().equals(Optional.of(organisation)))
                .findFirst().orElse(null);
        if (open == null) {
            throw new IllegalStateException("Supply case " + caseNumber + " is not waiting at " + step.id());
        }
        flow.waiting.remove(open);
        calls.add(step.id() + " " + caseNumber);
        return flow;
    }
}

package jp.go.mhlw.kpi.workflow;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import jp.go.mhlw.kpi.application.SupplyCaseWorkflow;
import jp.go.mhlw.kpi.application.SupplyDeadlines;
import jp.go.mhlw.kpi.application.SupplyStep;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;

/** The domain's port to a supply case's flow, on the engine through {@link SupplyCaseProcess}. */
@ApplicationScoped
public class EngineSupplyCaseWorkflow implements SupplyCaseWorkflow {

    private SupplyCaseProcess process;

    /** For CDI's proxy only. */
    protected EngineSupplyCaseWorkflow() {
    }

    @Inject
    public EngineSupplyCaseWorkflow(SupplyCaseProcess process) {
        this.process = process;
    }

    @Override
    public void startDisruption(String caseNumber, String manufacturerOrganisationCode, boolean additionalReportFiled,
            SupplyDeadlines.Durations deadlines) {
        process.startDisruptionCase(caseNumber, manufacturerOrganisationCode, additionalReportFiled, engineDeadlines(deadlines));
    }

    @Override
    public void startTermination(String caseNumber, String manufacturerOrganisationCode, SupplyDeadlines.Durations deadlines) {
        process.startTerminationCase(caseNumber, manufacturerOrganisationCode, engineDeadlines(deadlines));
    }

    private static SupplyCaseProcess.Deadlines engineDeadlines(SupplyDeadlines.Durations deadlines) {
        return new SupplyCaseProcess.Deadlines(deadlines.additionalReport(), deadlines.triage(), deadlines.response());
    }

    @Override
    public List<WaitingStep> waitingSteps(String caseNumber) {
        return process.waitingSteps(caseNumber).stream()
                .flatMap(step -> SupplyStep.byId(step.step()).stream()
                        .map(known -> new WaitingStep(caseNumber, known, step.organisationCode())))
                .toList();
    }

    @Override
    public List<WaitingStep> waitingFor(Role role, String organisationCode) {
        return process.waitingFor(role.roleName(), organisationCode).stream()
                .flatMap(step -> SupplyStep.byId(step.step()).stream()
                        .map(known -> new WaitingStep(process.caseIdOf(step.taskId()), known, step.organisationCode())))
                .toList();
    }

    @Override
    public void complete(String caseNumber, SupplyStep step) {
        process.complete(caseNumber, step.id());
    }

    @Override
    public void recordTriage(String caseNumber, ClinicalImpact impact) {
        process.recordTriage(caseNumber, impact);
    }

    @Override
    public void decideFurtherAction(String caseNumber, boolean needed) {
        process.decideFurtherAction(caseNumber, needed);
    }

    @Override
    public void considerResponse(String caseNumber, boolean continueSupply) {
        process.considerResponse(caseNumber, continueSupply);
    }

    @Override
    public void decideConsent(String caseNumber, boolean given) {
        process.decideConsent(caseNumber, given);
    }

    @Override
    public void requestAlternativeStock(String caseNumber, List<String> makerOrganisationCodes) {
        process.requestAlternativeStock(caseNumber, makerOrganisationCodes);
    }

    @Override
    public void answerStockRequest(String caseNumber, String makerOrganisationCode) {
        process.answerStockRequest(caseNumber, makerOrganisationCode);
    }

    @Override
    public void requestAssociationSupport(String caseNumber, String associationOrganisationCode) {
        process.requestAssociationSupport(caseNumber, associationOrganisationCode);
    }

    @Override
    public void followUpSupply(String caseNumber, boolean situationChanged) {
        process.followUpSupply(caseNumber, situationChanged);
    }

    @Override
    public void closeCase(String caseNumber, CloseReason reason) {
        process.closeCase(caseNumber, reason);
    }

    @Override
    public void endEarly(String caseNumber, CloseReason reason) {
        process.endEarly(caseNumber, reason);
    }
}

package jp.go.mhlw.kpi.application.supply;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;

/**
 * The flow of a supply case (flow A for instability or shortage, flow B for a termination), as the services that
 * change cases drive it ({@link SupplyFilings}, {@link SupplyCaseHandling}, {@link AssociationSupport}); kpi-workflow
 * implements it on the process engine. The business key is the case number.
 *
 * <p>The port routes; it does not authorise. The service checks the caller against the case, records the domain
 * change and completes the matching step in the same transaction. Completing a step the case does not wait at is
 * an {@link IllegalStateException}.
 */
public interface SupplyCaseWorkflow {

    /** Flow A; {@code additionalReportFiled} when the case began with a complete report, which goes straight to triage. */
    void startDisruption(String caseNumber, String manufacturerOrganisationCode, boolean additionalReportFiled,
            SupplyDeadlines.Durations deadlines);

    /** Flow B, for a case that begins as a termination. */
    void startTermination(String caseNumber, String manufacturerOrganisationCode, SupplyDeadlines.Durations deadlines);

    /** The steps the case waits at, oldest first; empty when its flow has ended or never started. */
    List<WaitingStep> waitingSteps(String caseNumber);

    /**
     * The steps each of these cases waits at, oldest first, read at once for a list's page (each case is a key, with
     * no step when its flow has ended). Only the steps: who may do them is {@link #waitingSteps(String)}'s.
     */
    default Map<String, List<SupplyStep>> stepsAt(Collection<String> caseNumbers) {
        Map<String, List<SupplyStep>> steps = new LinkedHashMap<>();
        caseNumbers.forEach(caseNumber -> steps.put(caseNumber,
                waitingSteps(caseNumber).stream().map(WaitingStep::step).toList()));
        return steps;
    }

    /**
     * Every step waiting for this role, oldest first: for a ministry officer all the ministry's steps, for
     * others only the steps of {@code organisationCode}.
     */
    List<WaitingStep> waitingFor(Role role, String organisationCode);

    /** Completes a step that carries no decision (filing a report, consulting societies, chasing, recording support). */
    void complete(String caseNumber, SupplyStep step);

    void recordTriage(String caseNumber, ClinicalImpact impact);

    void decideFurtherAction(String caseNumber, boolean needed);

    void considerResponse(String caseNumber, boolean continueSupply);

    void decideConsent(String caseNumber, boolean given);

    void requestAlternativeStock(String caseNumber, List<String> makerOrganisationCodes);

    void answerStockRequest(String caseNumber, String makerOrganisationCode);

    void requestAssociationSupport(String caseNumber, String associationOrganisationCode);

    /** The manufacturer's follow-up: a re-report (back to triage) or none (the case waits to be closed). */
    void followUpSupply(String caseNumber, boolean situationChanged);

    void closeCase(String caseNumber, CloseReason reason);

    /** MHLW closes a case before its flow reaches the closing step: the flow ends with the reason. */
    void endEarly(String caseNumber, CloseReason reason);

    /**
     * A step a case waits at. {@code organisationCode} is the organisation whose users may do it (the case's
     * manufacturer, the maker asked for stock data, the association asked for support); empty for the ministry's.
     */
    record WaitingStep(String caseNumber, SupplyStep step, Optional<String> organisationCode) {

        /** True when this caller's role and organisation make the step theirs. */
        public boolean belongsTo(Role role, Optional<String> callerOrganisation) {
            return step.role() == role
                    && (organisationCode.isEmpty() || organisationCode.equals(callerOrganisation));
        }

        public SupplyStep getStep() {
            return step;
        }

        public String getCaseNumber() {
            return caseNumber;
        }
    }
}

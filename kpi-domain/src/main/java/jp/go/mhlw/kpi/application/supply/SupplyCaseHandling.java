package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.MAX_TEXT;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireArgument;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireLength;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.summary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.Outcome;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.SocietyConsultation;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
import jp.go.mhlw.kpi.domain.model.supply.TriageRecord;

/**
 * What the ministry (MHLW) does on supply cases (DOMAIN.md §6): triage the latest report, consult academic
 * societies, decide whether further action is needed, ask makers of alternatives for stock data and the industry
 * association for support, chase what is overdue, close the case, and decide whether it is on the public list.
 *
 * <p>Ministry officers only; they reach every case with a filed report (a draft-only case is
 * {@link SupplyCaseException.NotFound}). Each decision is recorded once and completes the step of the case's flow
 * it answers ({@link SupplyCaseSteps}); a decision the flow does not wait for now is refused
 * ({@link SupplyCaseException.Conflict}) and nothing is stored.
 */
@Stateless
@DeclareRoles({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
public class SupplyCaseHandling {

    /** The longest texts the tables hold (db/migration V20); longer input is refused, never cut. */
    static final int MAX_ORGANISATION_CODE = 64;
    static final int MAX_SOCIETIES = 1000;

    private static final List<SupplyStep> REMINDERS = List.of(SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT,
            SupplyStep.ESCALATE_OVERDUE_TRIAGE, SupplyStep.CHASE_OVERDUE_RESPONSE);

    @Inject
    SupplyCaseSteps steps;

    @Inject
    SupplyCaseWorkflow workflow;

    @Inject
    SupplyPublications publications;

    /** MHLW's triage of the latest report. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase recordTriage(String caseNumber, ClinicalImpact impact, TriageLevel urgency, TriageLevel severity,
            String note) {
        requireArgument(impact, "impact");
        requireArgument(urgency, "urgency");
        requireArgument(severity, "severity");
        requireLength(note, MAX_TEXT, "the note");
        return steps.decide(caseNumber, "supply-case.triaged", (supplyCase, caller, now) -> {
            supplyCase.recordTriage(caller, impact, urgency, severity, note, now);
            steps.advance(supplyCase, SupplyStep.TRIAGE_REPORT, caller, () -> workflow.recordTriage(caseNumber, impact));
            TriageRecord triage = supplyCase.latestTriage().orElseThrow();
            return new Outcome(summary("supply.audit.triaged", impact, urgency, severity), AuditJson.object()
                    .with("impact", impact.name()).with("urgency", urgency.name()).with("severity", severity.name())
                    .with("note", triage.note()));
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase recordSocietyConsultation(String caseNumber, String societies, String outcome) {
        requireLength(societies, MAX_SOCIETIES, "the societies");
        requireLength(outcome, MAX_TEXT, "the outcome");
        return steps.decide(caseNumber, "supply-case.societies-consulted", (supplyCase, caller, now) -> {
            supplyCase.recordSocietyConsultation(caller, societies, outcome, now);
            steps.advance(supplyCase, SupplyStep.CONSULT_SOCIETIES, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.CONSULT_SOCIETIES));
            SocietyConsultation recorded = last(supplyCase.societyConsultations());
            return new Outcome(summary("supply.audit.societiesConsulted"), AuditJson.object()
                    .with("societies", recorded.societies()).with("outcome", recorded.outcome()));
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase decideFurtherAction(String caseNumber, boolean needed, String reasons) {
        requireLength(reasons, MAX_TEXT, "the reasons");
        return steps.decide(caseNumber, "supply-case.further-action-decided", (supplyCase, caller, now) -> {
            supplyCase.decideFurtherAction(caller, needed, reasons, now);
            steps.advance(supplyCase, SupplyStep.DECIDE_FURTHER_ACTION, caller,
                    () -> workflow.decideFurtherAction(caseNumber, needed));
            return new Outcome(summary(needed ? "supply.audit.furtherActionNeeded" : "supply.audit.noFurtherAction"),
                    AuditJson.object().with("needed", needed)
                            .with("reasons", last(supplyCase.furtherActionDecisions()).reasons()));
        });
    }

    /** Asks makers of alternatives for stock and production data (only with the manufacturer's consent). */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase requestAlternativeStockData(String caseNumber, Collection<String> makerOrganisationCodes) {
        requireArgument(makerOrganisationCodes, "makerOrganisationCodes");
        makerOrganisationCodes.forEach(code -> requireLength(code, MAX_ORGANISATION_CODE, "a maker's organisation code"));
        return steps.decide(caseNumber, "supply-case.stock-data-requested", (supplyCase, caller, now) -> {
            supplyCase.requestAlternativeStockData(caller, makerOrganisationCodes, now);
            steps.advance(supplyCase, SupplyStep.REQUEST_ALTERNATIVE_STOCK, caller,
                    () -> workflow.requestAlternativeStock(caseNumber, List.copyOf(makerOrganisationCodes)));
            String makers = String.join(", ", makerOrganisationCodes);
            return new Outcome(summary("supply.audit.stockDataRequested", makers), AuditJson.object().with("makers", makers));
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase requestAssociationSupport(String caseNumber, String associationOrganisationCode) {
        requireLength(associationOrganisationCode, MAX_ORGANISATION_CODE, "the association's organisation code");
        return steps.decide(caseNumber, "supply-case.association-support-requested", (supplyCase, caller, now) -> {
            supplyCase.requestAssociationSupport(caller, associationOrganisationCode);
            steps.advance(supplyCase, SupplyStep.REQUEST_ASSOCIATION_SUPPORT, caller,
                    () -> workflow.requestAssociationSupport(caseNumber, associationOrganisationCode));
            return new Outcome(summary("supply.audit.associationSupportRequested", associationOrganisationCode),
                    AuditJson.object().with("association", supplyCase.associationOrganisationCode().orElseThrow()));
        });
    }

    /** The ministry officer has chased an overdue report or response, or dealt with an overdue triage. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase completeReminder(String caseNumber, SupplyStep reminder) {
        requireArgument(reminder, "reminder");
        if (!REMINDERS.contains(reminder)) {
            throw new SupplyCaseException.InvalidInput(reminder.id() + " is not a reminder");
        }
        return steps.change(caseNumber, "supply-case.reminder-done", (supplyCase, caller, now) -> {
            steps.advance(supplyCase, reminder, caller, () -> workflow.complete(caseNumber, reminder));
            return summary("supply.audit.reminderDone", reminder);
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase close(String caseNumber, CloseReason reason) {
        requireArgument(reason, "reason");
        return steps.decide(caseNumber, "supply-case.closed", (supplyCase, caller, now) -> {
            supplyCase.close(caller, reason, now);
            if (isWaitingAt(caseNumber, SupplyStep.CLOSE_CASE)) {
                workflow.closeCase(caseNumber, reason);
            } else {
                // MHLW may close a flow-A case at any point the aggregate allows: the flow ends with it
                workflow.endEarly(caseNumber, reason);
            }
            return new Outcome(summary("supply.audit.closed", reason), AuditJson.object().with("reason", reason.name()));
        });
    }

    // ---- the public list ---------------------------------------------------------------------------------------

    /**
     * Puts a filed case on the public list of shortages and terminations (or changes whether its maker is named
     * there); {@code showMaker} is MHLW's choice.
     */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase publish(String caseNumber, boolean showMaker) {
        return steps.decide(caseNumber, "supply-case.published", (supplyCase, caller, now) -> {
            if (supplyCase.isClosed()) {
                throw new IllegalStateException("Case " + caseNumber + " is closed and is not published any more");
            }
            publications.publish(supplyCase.caseNumber(), showMaker, caller.userName(), now);
            return new Outcome(summary(showMaker ? "supply.audit.publishedWithMaker" : "supply.audit.publishedWithoutMaker"),
                    AuditJson.object().with("showMaker", showMaker));
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase withdrawPublication(String caseNumber) {
        return steps.change(caseNumber, "supply-case.publication-withdrawn", (supplyCase, caller, now) -> {
            if (!publications.withdraw(supplyCase.caseNumber())) {
                throw new IllegalStateException("Case " + caseNumber + " is not on the public list");
            }
            return summary("supply.audit.publicationWithdrawn");
        });
    }

    private static <T> T last(List<T> values) {
        return values.get(values.size() - 1);
    }

    private boolean isWaitingAt(String caseNumber, SupplyStep step) {
        return workflow.waitingSteps(caseNumber).stream().anyMatch(open -> open.step() == step);
    }
}

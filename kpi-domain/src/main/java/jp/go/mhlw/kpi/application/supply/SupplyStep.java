package jp.go.mhlw.kpi.application.supply;

import java.util.Arrays;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * The steps a supply case waits at in its flow (the user tasks of the BPMN models {@code supply-disruption} and
 * {@code supply-termination}; {@link #id()} is the element id), with the role that does each.
 */
public enum SupplyStep implements Labelled {

    FILE_ADDITIONAL_REPORT("fileAdditionalReport", Role.MANUFACTURER),
    CHASE_OVERDUE_ADDITIONAL_REPORT("chaseOverdueAdditionalReport", Role.MINISTRY_OFFICER),
    TRIAGE_REPORT("triageReport", Role.MINISTRY_OFFICER),
    ESCALATE_OVERDUE_TRIAGE("escalateOverdueTriage", Role.MINISTRY_OFFICER),
    CONSULT_SOCIETIES("consultSocieties", Role.MINISTRY_OFFICER),
    DECIDE_FURTHER_ACTION("decideFurtherAction", Role.MINISTRY_OFFICER),
    CONSIDER_RESPONSE("considerResponse", Role.MANUFACTURER),
    CHASE_OVERDUE_RESPONSE("chaseOverdueResponse", Role.MINISTRY_OFFICER),
    DECIDE_CONSENT("decideConsent", Role.MANUFACTURER),
    REQUEST_ALTERNATIVE_STOCK("requestAlternativeStock", Role.MINISTRY_OFFICER),
    ANSWER_STOCK_REQUEST("answerStockRequest", Role.MANUFACTURER),
    REQUEST_ASSOCIATION_SUPPORT("requestAssociationSupport", Role.MINISTRY_OFFICER),
    RECORD_ASSOCIATION_SUPPORT("recordAssociationSupport", Role.INDUSTRY_ASSOCIATION),
    FOLLOW_UP_SUPPLY("followUpSupply", Role.MANUFACTURER),
    FILE_SIMPLE_REPORT("fileSimpleReport", Role.MANUFACTURER),
    FILE_TERMINATION_NOTICE("fileTerminationNotice", Role.MANUFACTURER),
    CLOSE_CASE("closeCase", Role.MINISTRY_OFFICER);

    private final String id;
    private final Role role;

    SupplyStep(String id, Role role) {
        this.id = id;
        this.role = role;
    }

    /** The user task's element id in the BPMN models. */
    public String id() {
        return id;
    }

    /** The role whose users do the step (the task's candidate group). */
    public Role role() {
        return role;
    }

    @Override
    public String bundleKey() {
        return "supply.step." + name();
    }

    public static Optional<SupplyStep> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }
}

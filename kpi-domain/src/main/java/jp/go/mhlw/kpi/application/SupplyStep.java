package jp.go.mhlw.kpi.application;

import java.util.Arrays;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * The steps a supply case waits at in its flow (the user tasks of the BPMN models {@code supply-disruption} and
 * {@code supply-termination}; {@link #id()} is the element id), with the role that does each.
 */
public enum SupplyStep {

    FILE_ADDITIONAL_REPORT("fileAdditionalReport", Role.MANUFACTURER, "追加報告(様式10-2)の提出", "File the additional report (form 10-2)"),
    CHASE_OVERDUE_ADDITIONAL_REPORT("chaseOverdueAdditionalReport", Role.MINISTRY_OFFICER, "追加報告の督促",
            "Chase the overdue additional report"),
    TRIAGE_REPORT("triageReport", Role.MINISTRY_OFFICER, "トリアージ(臨床的影響の判断)", "Triage (judge the clinical impact)"),
    ESCALATE_OVERDUE_TRIAGE("escalateOverdueTriage", Role.MINISTRY_OFFICER, "評価遅延のエスカレーション", "Escalate the overdue triage"),
    CONSULT_SOCIETIES("consultSocieties", Role.MINISTRY_OFFICER, "学会への意見聴取", "Consult academic societies"),
    DECIDE_FURTHER_ACTION("decideFurtherAction", Role.MINISTRY_OFFICER, "追加対応の要否判断", "Decide whether further action is needed"),
    CONSIDER_RESPONSE("considerResponse", Role.MANUFACTURER, "対応の検討(供給継続か終了か)", "Consider a response: continue or end supply"),
    CHASE_OVERDUE_RESPONSE("chaseOverdueResponse", Role.MINISTRY_OFFICER, "回答の督促", "Chase the overdue response"),
    DECIDE_CONSENT("decideConsent", Role.MANUFACTURER, "代替品製造販売業者への連絡の同意",
            "Consent to MHLW contacting makers of alternatives"),
    REQUEST_ALTERNATIVE_STOCK("requestAlternativeStock", Role.MINISTRY_OFFICER, "代替品の在庫・生産情報の依頼",
            "Request stock and production data from makers of alternatives"),
    ANSWER_STOCK_REQUEST("answerStockRequest", Role.MANUFACTURER, "在庫・生産情報の回答", "Answer the request for stock and production data"),
    REQUEST_ASSOCIATION_SUPPORT("requestAssociationSupport", Role.MINISTRY_OFFICER, "業界団体への支援依頼",
            "Ask the industry association for support"),
    RECORD_ASSOCIATION_SUPPORT("recordAssociationSupport", Role.INDUSTRY_ASSOCIATION, "業界団体による支援の記録",
            "Record the industry association's support"),
    FOLLOW_UP_SUPPLY("followUpSupply", Role.MANUFACTURER, "情報提供・供給回復(状況変化時は再報告)",
            "Inform hospitals, restore supply, re-report on change"),
    FILE_SIMPLE_REPORT("fileSimpleReport", Role.MANUFACTURER, "簡易報告(様式10-2)の提出", "File the simple report (form 10-2)"),
    FILE_TERMINATION_NOTICE("fileTerminationNotice", Role.MANUFACTURER, "供給終了届出書(様式10-3)の提出",
            "File the supply-termination notice (form 10-3)"),
    CLOSE_CASE("closeCase", Role.MINISTRY_OFFICER, "案件の終結", "Close the case");

    private final String id;
    private final Role role;
    private final String labelJa;
    private final String labelEn;

    SupplyStep(String id, Role role, String labelJa, String labelEn) {
        this.id = id;
        this.role = role;
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** The user task's element id in the BPMN models. */
    public String id() {
        return id;
    }

    /** The role whose users do the step (the task's candidate group). */
    public Role role() {
        return role;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }

    /** For EL, which cannot call {@code labelJa()}. */
    public String getLabelJa() {
        return labelJa;
    }

    public String getLabelEn() {
        return labelEn;
    }

    public static Optional<SupplyStep> byId(String id) {
        return Arrays.stream(values()).filter(step -> step.id.equals(id)).findFirst();
    }
}

package jp.go.mhlw.kpi.domain.model.setting;

/** The keys of the settings the migrations seed (V30); docs/operations.md lists them with their meaning. */
public final class SettingKeys {

    /** How long a manufacturer has for the additional report (追加報告) after the first report. Duration. */
    public static final String SUPPLY_DEADLINE_ADDITIONAL_REPORT = "supply.deadline.additional-report";
    /** How long MHLW has to triage a report before the escalation task. Duration. */
    public static final String SUPPLY_DEADLINE_TRIAGE = "supply.deadline.triage";
    /** How long a manufacturer has to answer MHLW's request. Duration. */
    public static final String SUPPLY_DEADLINE_RESPONSE = "supply.deadline.response";
    /** Days before a report request's due date on which the reporter is reminded, largest first. Day list. */
    public static final String FOLLOWUP_REMINDER_DAYS_BEFORE_DUE = "followup.reminder.days-before-due";
    /** How long after the due date an unanswered report request is escalated. Duration. */
    public static final String FOLLOWUP_ESCALATION_DELAY_AFTER_DUE = "followup.escalation.delay-after-due";
    /** A submitted figure above the previous year's × this factor is flagged as an outlier. Upper factor. */
    public static final String SUBMISSION_OUTLIER_UPPER_FACTOR = "submission.outlier.upper-factor";
    /** A submitted figure below the previous year's × this factor is flagged as an outlier. Lower factor. */
    public static final String SUBMISSION_OUTLIER_LOWER_FACTOR = "submission.outlier.lower-factor";
    /** How many account requests one client address may file per hour on the public page (V41). Count. */
    public static final String ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR = "account-request.per-address-per-hour";

    private SettingKeys() {
    }
}

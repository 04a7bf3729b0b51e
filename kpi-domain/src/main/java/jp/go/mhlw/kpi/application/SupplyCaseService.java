package jp.go.mhlw.kpi.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Supplier;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.CaseAccessDeniedException;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.FieldViolation;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportRejectedException;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportValidator;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;

/**
 * Supply-disruption cases (DOMAIN.md §6) for the screens and the REST API alike: the same roles, the same
 * validation, the same organisation rules.
 *
 * <ul>
 *   <li>Roles: {@code @RolesAllowed} per method (the container refuses others: 403).</li>
 *   <li>Organisations: a manufacturer reaches its own organisation's cases only; ministry officers every case with a
 *       filed report; an industry association the cases it was asked to support (the aggregate's
 *       {@link SupplyCase#isVisibleTo}). Any other case, and a case number that does not exist, is
 *       {@link SupplyCaseException.NotFound} alike, so that nobody learns that another manufacturer's case exists.</li>
 *   <li>Validation: the aggregate's; an incomplete report is a {@link SupplyReportRejectedException} with every
 *       violation, and nothing is stored.</li>
 *   <li>Audit: every change is recorded once through {@link AuditTrail} (object type {@value #OBJECT_TYPE}, the
 *       object's organisation being the manufacturer's), in the same transaction.</li>
 * </ul>
 *
 * <p>Each command loads the case, asks the aggregate, stores it and returns it as it now is (without the draft for
 * anyone but the case's manufacturer). The case's BPMN flow
 * (kpi-workflow's {@code SupplyCaseProcess}) is not driven from here: kpi-domain does not depend on the workflow
 * module. It will hook in where the comments say "process:", through a port this service calls in the same
 * transaction.
 */
@Stateless
@DeclareRoles({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
public class SupplyCaseService {

    /** The audit trail's object type for supply cases. */
    public static final String OBJECT_TYPE = "supply-case";

    /** The longest texts the tables hold (db/migration V20); longer input is refused, never cut. */
    static final int MAX_PRODUCT_NAME = 500;
    static final int MAX_APPROVAL_NUMBER = 100;
    static final int MAX_ORGANISATION_CODE = 64;
    static final int MAX_SOCIETIES = 1000;
    static final int MAX_TEXT = 4000;

    @Inject
    SupplyCaseRepository cases;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    /** Times are kept to the microsecond, as both databases store them. */
    Clock clock = Clock.systemUTC();

    // ---- manufacturers: opening a case ----------------------------------------------------------------------

    /** Opens a case for the caller's organisation with its first report (blanks allowed; see RequiredFields). */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase openWithFirstReport(SupplyReport report) {
        return openWithReport(ReportKind.FIRST, report);
    }

    /**
     * Opens a case for the caller's organisation with its first filing: a first report, or an additional report when
     * the manufacturer's evaluation already shows a clinical impact (every field then).
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase openWithReport(ReportKind kind, SupplyReport report) {
        Caller caller = registeredManufacturer();
        requireArgument(kind, "kind");
        requireArgument(report, "report");
        if (kind != ReportKind.FIRST && kind != ReportKind.ADDITIONAL) {
            throw new SupplyCaseException.InvalidInput("A case begins with a first or an additional report, not a "
                    + kind.labelEn().toLowerCase(Locale.ROOT));
        }
        requireFileable(kind, report);
        Instant now = now();
        String caseNumber = cases.nextCaseNumber(now);
        SupplyCase supplyCase = domain(() -> {
            SupplyCase opened = SupplyCase.open(caseNumber, caller, productOf(report), now);
            opened.fileReport(caller, kind, report, now);
            return opened;
        });
        store(supplyCase);
        ReportVersion filed = supplyCase.latestVersion().orElseThrow();
        auditTrail.record(new AuditEntry("supply-case.opened", OBJECT_TYPE, caseNumber, supplyCase.manufacturerOrganisationCode(),
                abbreviate("供給状況報告の受付で開始: " + filedSummary(filed)), null, stateOf(supplyCase)));
        // process: start the case's flow (A, or B when the report is about a termination) with this case number
        return supplyCase;
    }

    /** Opens a case holding only a draft of its first filing; the draft needs the product name, nothing else. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase openWithDraft(ReportKind kind, SupplyReport draft) {
        Caller caller = registeredManufacturer();
        requireArgument(kind, "kind");
        requireArgument(draft, "draft");
        List<FieldViolation> violations = new ArrayList<>(storageViolations(draft));
        if (draft.productName() == null) {
            violations.add(0, new FieldViolation(SupplyReportField.PRODUCT_NAME.fieldName(),
                    "下書きを保存するには「" + SupplyReportField.PRODUCT_NAME.labelJa() + "」が必要です。",
                    "A draft needs the " + SupplyReportField.PRODUCT_NAME.labelEn().toLowerCase(Locale.ROOT)
                            + " to open a case."));
        }
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
        Instant now = now();
        String caseNumber = cases.nextCaseNumber(now);
        SupplyCase supplyCase = domain(() -> {
            SupplyCase opened = SupplyCase.open(caseNumber, caller, productOf(draft), now);
            opened.saveDraft(caller, kind, draft, now);
            return opened;
        });
        store(supplyCase);
        auditTrail.record(new AuditEntry("supply-case.opened-with-draft", OBJECT_TYPE, caseNumber,
                supplyCase.manufacturerOrganisationCode(), abbreviate("下書き(" + kind.labelJa() + ")で開始: " + draft.productName()),
                null, stateOf(supplyCase)));
        return supplyCase;
    }

    // ---- manufacturers: reports and answers on their cases ---------------------------------------------------

    /** Files a report on one of the caller's organisation's cases as its next immutable version. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase fileReport(String caseNumber, ReportKind kind, SupplyReport report) {
        requireArgument(kind, "kind");
        requireArgument(report, "report");
        return change(caseNumber, "supply-case.report-filed", (supplyCase, caller, now) -> {
            requireFileable(kind, report);
            // process: complete the step the report answers (fileAdditionalReport, followUpSupply, ...)
            return filedSummary(supplyCase.fileReport(caller, kind, report, now));
        });
    }

    /** Saves work in progress on the case's next report, replacing the previous draft; drafts are not validated. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase saveDraft(String caseNumber, ReportKind kind, SupplyReport draft) {
        requireArgument(kind, "kind");
        requireArgument(draft, "draft");
        return change(caseNumber, "supply-case.draft-saved", (supplyCase, caller, now) -> {
            supplyCase.saveDraft(caller, kind, draft, now);
            return "下書きを保存: " + kind.labelJa() + "(" + kind.formNameJa() + ")";
        });
    }

    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase discardDraft(String caseNumber) {
        return change(caseNumber, "supply-case.draft-discarded", (supplyCase, caller, now) -> {
            if (supplyCase.draft().isEmpty()) {
                throw new IllegalStateException("Case " + caseNumber + " has no draft to discard");
            }
            supplyCase.discardDraft(caller);
            return "下書きを破棄";
        });
    }

    /** The manufacturer's answer to MHLW's request: it keeps supplying and coordinates alternatives. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideToContinueSupply(String caseNumber) {
        return change(caseNumber, "supply-case.supply-continued", (supplyCase, caller, now) -> {
            supplyCase.decideToContinueSupply(caller);
            return "供給継続を決定";
        });
    }

    /** The manufacturer's answer to MHLW's request: supply ends; the report about the termination comes with it. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideToTerminateSupply(String caseNumber, SupplyReport terminationReport) {
        requireArgument(terminationReport, "terminationReport");
        return change(caseNumber, "supply-case.termination-decided", (supplyCase, caller, now) -> {
            rejectUnstorable(ReportKind.RE_REPORT, terminationReport);
            return "供給終了を決定: " + filedSummary(supplyCase.decideToTerminateSupply(caller, terminationReport, now));
        });
    }

    /** Whether MHLW may contact the makers of alternative products (the latest answer counts). */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideConsent(String caseNumber, boolean given) {
        return change(caseNumber, "supply-case.consent-decided", (supplyCase, caller, now) -> {
            if (given) {
                supplyCase.giveConsent(caller, now);
            } else {
                supplyCase.refuseConsent(caller, now);
            }
            return given ? "代替品製造販売業者への連絡に同意" : "代替品製造販売業者への連絡に不同意";
        });
    }

    /**
     * The maker of an alternative product answers MHLW's request addressed to its organisation: the one way a
     * manufacturer reaches another manufacturer's case, and only while the request is open.
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase answerStockRequest(String caseNumber, StockAnswer answer) {
        requireArgument(answer, "answer");
        requireLength(answer.note(), MAX_TEXT, "the answer's note");
        return change(caseNumber, "supply-case.stock-request-answered",
                (supplyCase, caller) -> supplyCase.awaitsStockAnswerFrom(caller),
                (supplyCase, caller, now) -> {
                    supplyCase.answerStockRequest(caller, answer, now);
                    return "在庫・増産余力の回答: " + caller.organisationCode().orElse("?");
                });
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /**
     * The cases the caller works on, newest first: a manufacturer its organisation's (drafts included), a ministry
     * officer every case with a filed report, an industry association those it was asked to support.
     */
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseSummary> myCases() {
        Caller caller = currentCaller.require();
        Map<String, SupplyCaseSummary> visible = new LinkedHashMap<>();
        if (caller.hasRole(Role.MINISTRY_OFFICER)) {
            cases.findFiled().forEach(summary -> visible.put(summary.getCaseNumber(), summary));
        }
        caller.organisationCode().ifPresent(organisation -> {
            if (caller.hasRole(Role.MANUFACTURER)) {
                cases.findByManufacturer(organisation).forEach(summary -> visible.put(summary.getCaseNumber(), summary));
            }
            if (caller.hasRole(Role.INDUSTRY_ASSOCIATION)) {
                cases.findSupportedBy(organisation).forEach(summary -> visible.put(summary.getCaseNumber(), summary));
            }
        });
        return visible.values().stream()
                .sorted(Comparator.comparing(SupplyCaseSummary::getOpenedAt).thenComparing(SupplyCaseSummary::getCaseNumber)
                        .reversed())
                .toList();
    }

    /**
     * The case, if the caller may see it; empty alike for another organisation's case and an unknown number. The
     * draft of the next report is the manufacturer's own: others get the case without it.
     */
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public Optional<SupplyCase> caseFor(String caseNumber) {
        Caller caller = currentCaller.require();
        if (caseNumber == null || caseNumber.isBlank()) {
            return Optional.empty();
        }
        return cases.find(caseNumber).filter(supplyCase -> supplyCase.isVisibleTo(caller))
                .map(supplyCase -> asSeenBy(caller, supplyCase));
    }

    // ---- ministry officers -----------------------------------------------------------------------------------

    /** MHLW's triage of the latest report. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase recordTriage(String caseNumber, ClinicalImpact impact, TriageLevel urgency, TriageLevel severity,
            String note) {
        requireArgument(impact, "impact");
        requireArgument(urgency, "urgency");
        requireArgument(severity, "severity");
        requireLength(note, MAX_TEXT, "the note");
        return change(caseNumber, "supply-case.triaged", (supplyCase, caller, now) -> {
            supplyCase.recordTriage(caller, impact, urgency, severity, note, now);
            // process: recordTriage(caseNumber, impact)
            return "トリアージ: 臨床的影響 " + impact.labelJa() + "、緊急度 " + urgency.labelJa() + "、重大度 " + severity.labelJa();
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase recordSocietyConsultation(String caseNumber, String societies, String outcome) {
        requireLength(societies, MAX_SOCIETIES, "the societies");
        requireLength(outcome, MAX_TEXT, "the outcome");
        return change(caseNumber, "supply-case.societies-consulted", (supplyCase, caller, now) -> {
            supplyCase.recordSocietyConsultation(caller, societies, outcome, now);
            return "学会への意見聴取を記録";
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase decideFurtherAction(String caseNumber, boolean needed, String reasons) {
        requireLength(reasons, MAX_TEXT, "the reasons");
        return change(caseNumber, "supply-case.further-action-decided", (supplyCase, caller, now) -> {
            supplyCase.decideFurtherAction(caller, needed, reasons, now);
            return needed ? "更なる対応が必要と判断" : "更なる対応は不要と判断";
        });
    }

    /** Asks makers of alternatives for stock and production data (only with the manufacturer's consent). */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase requestAlternativeStockData(String caseNumber, Collection<String> makerOrganisationCodes) {
        requireArgument(makerOrganisationCodes, "makerOrganisationCodes");
        makerOrganisationCodes.forEach(code -> requireLength(code, MAX_ORGANISATION_CODE, "a maker's organisation code"));
        return change(caseNumber, "supply-case.stock-data-requested", (supplyCase, caller, now) -> {
            supplyCase.requestAlternativeStockData(caller, makerOrganisationCodes, now);
            return "代替品の在庫・増産余力を照会: " + String.join(", ", makerOrganisationCodes);
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase requestAssociationSupport(String caseNumber, String associationOrganisationCode) {
        requireLength(associationOrganisationCode, MAX_ORGANISATION_CODE, "the association's organisation code");
        return change(caseNumber, "supply-case.association-support-requested", (supplyCase, caller, now) -> {
            supplyCase.requestAssociationSupport(caller, associationOrganisationCode);
            return "業界団体に支援を依頼: " + associationOrganisationCode;
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase close(String caseNumber, CloseReason reason) {
        requireArgument(reason, "reason");
        return change(caseNumber, "supply-case.closed", (supplyCase, caller, now) -> {
            supplyCase.close(caller, reason, now);
            return "終結: " + reason.labelJa();
        });
    }

    // ---- industry associations -------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.INDUSTRY_ASSOCIATION)
    public SupplyCase recordAssociationSupport(String caseNumber, String whatWasDone) {
        requireLength(whatWasDone, MAX_TEXT, "what was done");
        return change(caseNumber, "supply-case.association-support-recorded", (supplyCase, caller, now) -> {
            supplyCase.recordAssociationSupport(caller, whatWasDone, now);
            return "業界団体の支援内容を記録";
        });
    }

    // ---- the one way a case changes ----------------------------------------------------------------------------

    /** A change to a stored case; answers the audit record's summary. */
    @FunctionalInterface
    interface Change {
        String apply(SupplyCase supplyCase, Caller caller, Instant now);
    }

    private SupplyCase change(String caseNumber, String action, Change change) {
        return change(caseNumber, action, SupplyCase::isVisibleTo, change);
    }

    /** Load the case the caller may reach (else not found) → ask the aggregate → store → audit once. */
    private SupplyCase change(String caseNumber, String action, BiPredicate<SupplyCase, Caller> reachable, Change change) {
        Caller caller = currentCaller.require();
        SupplyCase supplyCase = Optional.ofNullable(caseNumber).filter(number -> !number.isBlank())
                .flatMap(cases::find)
                .filter(found -> reachable.test(found, caller))
                .orElseThrow(() -> new SupplyCaseException.NotFound(caseNumber));
        String before = stateOf(supplyCase);
        Instant now = now();
        String summary = domain(() -> change.apply(supplyCase, caller, now));
        store(supplyCase);
        auditTrail.record(new AuditEntry(action, OBJECT_TYPE, supplyCase.caseNumber(), supplyCase.manufacturerOrganisationCode(),
                abbreviate(summary), before, stateOf(supplyCase)));
        return asSeenBy(caller, supplyCase);
    }

    /** Drafts are not validated and not visible to MHLW: only the case's own manufacturers get them. */
    private static SupplyCase asSeenBy(Caller caller, SupplyCase supplyCase) {
        boolean owner = caller.hasRole(Role.MANUFACTURER) && caller.belongsTo(supplyCase.manufacturerOrganisationCode());
        return owner || supplyCase.draft().isEmpty() ? supplyCase : SupplyCase.restore(supplyCase.snapshot().withoutDraft());
    }

    private void store(SupplyCase supplyCase) {
        try {
            cases.store(supplyCase);
        } catch (OptimisticLockException changedMeanwhile) {
            throw new SupplyCaseException.Conflict("Case " + supplyCase.caseNumber()
                    + " was changed by someone else meanwhile; reload it and try again");
        }
    }

    /** The aggregate's refusals as this service's application exceptions (see {@link SupplyCaseException}). */
    private static <T> T domain(Supplier<T> call) {
        try {
            return call.get();
        } catch (SupplyCaseException | SupplyReportRejectedException alreadyTranslated) {
            throw alreadyTranslated;
        } catch (ReportRejectedException rejected) {
            throw SupplyReportRejectedException.of(rejected);
        } catch (CaseAccessDeniedException denied) {
            throw new SupplyCaseException.Forbidden(denied.getMessage());
        } catch (IllegalStateException notNow) {
            throw new SupplyCaseException.Conflict(notNow.getMessage());
        } catch (IllegalArgumentException invalid) {
            throw new SupplyCaseException.InvalidInput(invalid.getMessage());
        }
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    /** The caller, a manufacturer whose organisation is registered as an active manufacturer. */
    private Caller registeredManufacturer() {
        Caller caller = currentCaller.require();
        String organisation = caller.organisationCode().orElseThrow(() -> new SupplyCaseException.Forbidden(
                caller.userName() + " belongs to no organisation and cannot report for one"));
        organisations.findByCode(organisation)
                .filter(found -> found.getKind() == OrganisationKind.MANUFACTURER && found.isActive())
                .orElseThrow(() -> new SupplyCaseException.Forbidden(
                        "Organisation " + organisation + " is not registered as a manufacturer"));
        return caller;
    }

    /** What the kind requires, plus what the tables can hold: every violation at once. */
    private static void requireFileable(ReportKind kind, SupplyReport report) {
        List<FieldViolation> violations = new ArrayList<>(SupplyReportValidator.validate(kind, report));
        violations.addAll(storageViolations(report));
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
    }

    private static void rejectUnstorable(ReportKind kind, SupplyReport report) {
        List<FieldViolation> violations = storageViolations(report);
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
    }

    private static List<FieldViolation> storageViolations(SupplyReport report) {
        List<FieldViolation> violations = new ArrayList<>();
        tooLong(report.productName(), MAX_PRODUCT_NAME, SupplyReportField.PRODUCT_NAME, violations);
        tooLong(report.approvalNumber(), MAX_APPROVAL_NUMBER, SupplyReportField.APPROVAL_NUMBER, violations);
        return violations;
    }

    private static void tooLong(String value, int max, SupplyReportField field, List<FieldViolation> violations) {
        if (value != null && value.length() > max) {
            violations.add(new FieldViolation(field.fieldName(),
                    "「" + field.labelJa() + "」は" + max + "文字以内で入力してください(" + value.length() + "文字)。",
                    field.labelEn() + " has at most " + max + " characters (entered: " + value.length() + ")."));
        }
    }

    private static void requireLength(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw new SupplyCaseException.InvalidInput(name + " has at most " + max + " characters, not " + value.length());
        }
    }

    private static <T> T requireArgument(T value, String name) {
        if (value == null) {
            throw new SupplyCaseException.InvalidInput(name + " is required");
        }
        return value;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Product productOf(SupplyReport report) {
        return new Product(report.productName(), report.approvalNumber());
    }

    private static String filedSummary(ReportVersion version) {
        return version.kind().labelJa() + "(" + version.kind().formNameJa() + ")を第" + version.number() + "版として受付: "
                + version.content().productName();
    }

    /** The audit record's before/after: where the case stands (enum names and counts only, so no escaping). */
    private static String stateOf(SupplyCase supplyCase) {
        return "{\"state\":\"" + supplyCase.state().name() + "\",\"terminationPath\":" + supplyCase.isOnTerminationPath()
                + ",\"versions\":" + supplyCase.versions().size() + ",\"draft\":" + supplyCase.draft().isPresent() + "}";
    }

    private static String abbreviate(String summary) {
        return summary.length() <= 1000 ? summary : summary.substring(0, 999) + "…";
    }
}

package jp.go.mhlw.kpi.application;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
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
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;
import jp.go.mhlw.kpi.domain.model.supply.CaseAccessDeniedException;
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
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
 * anyone but the case's manufacturer). The case's flow moves with it through {@link SupplyCaseWorkflow}, in the same
 * transaction: filing the case's first report starts it, and each decision completes the step it answers. A decision
 * the aggregate allows but the flow does not wait for now is refused ({@link SupplyCaseException.Conflict}).
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

    /** What a report may carry: at most this many files, each at most this big (PDF or .xlsx). */
    static final int MAX_ATTACHMENTS_PER_REPORT = 5;
    static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILE_NAME = 255;

    @Inject
    SupplyCaseRepository cases;

    @Inject
    OrganisationRepository organisations;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SupplyCaseWorkflow workflow;

    @Inject
    SupplyDeadlines deadlines;

    @Inject
    SupplyPublications publications;

    @Inject
    AuditRepository auditRecords;

    @Inject
    SupplyAttachments attachments;

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
        startFlow(supplyCase, kind);
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
            boolean firstFiling = supplyCase.versions().isEmpty();
            ReportVersion filed = supplyCase.fileReport(caller, kind, report, now);
            attachments.fileWith(caseNumber, filed.number());
            String summary = filedSummary(filed);
            if (firstFiling) {
                startFlow(supplyCase, kind);
            } else {
                advanceOnReport(supplyCase, kind);
            }
            return summary;
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
            advance(supplyCase, SupplyStep.CONSIDER_RESPONSE, caller, () -> workflow.considerResponse(caseNumber, true));
            return "供給継続を決定";
        });
    }

    /** The manufacturer's answer to MHLW's request: supply ends; the report about the termination comes with it. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideToTerminateSupply(String caseNumber, SupplyReport terminationReport) {
        requireArgument(terminationReport, "terminationReport");
        return change(caseNumber, "supply-case.termination-decided", (supplyCase, caller, now) -> {
            rejectUnstorable(ReportKind.RE_REPORT, terminationReport);
            ReportVersion filed = supplyCase.decideToTerminateSupply(caller, terminationReport, now);
            attachments.fileWith(caseNumber, filed.number());
            String summary = "供給終了を決定: " + filedSummary(filed);
            advance(supplyCase, SupplyStep.CONSIDER_RESPONSE, caller, () -> workflow.considerResponse(caseNumber, false));
            return summary;
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
            advance(supplyCase, SupplyStep.DECIDE_CONSENT, caller, () -> workflow.decideConsent(caseNumber, given));
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
                    String maker = caller.organisationCode().orElseThrow();
                    advance(supplyCase, SupplyStep.ANSWER_STOCK_REQUEST, caller, () -> workflow.answerStockRequest(caseNumber, maker));
                    return "在庫・増産余力の回答: " + caller.organisationCode().orElse("?");
                });
    }

    /**
     * The manufacturer's follow-up without a re-report: hospitals are informed and the situation has not changed
     * enough to report again, so MHLW may close the case. The aggregate does not change; the flow moves on.
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase reportNoChange(String caseNumber) {
        return change(caseNumber, "supply-case.no-change-reported", (supplyCase, caller, now) -> {
            advance(supplyCase, SupplyStep.FOLLOW_UP_SUPPLY, caller, () -> workflow.followUpSupply(caseNumber, false));
            return "状況に変化なし(再報告なし)と報告";
        });
    }

    /** The ministry officer has chased an overdue report or response, or dealt with an overdue triage. */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase completeReminder(String caseNumber, SupplyStep reminder) {
        requireArgument(reminder, "reminder");
        if (!REMINDERS.contains(reminder)) {
            throw new SupplyCaseException.InvalidInput(reminder.id() + " is not a reminder");
        }
        return change(caseNumber, "supply-case.reminder-done", (supplyCase, caller, now) -> {
            advance(supplyCase, reminder, caller, () -> workflow.complete(caseNumber, reminder));
            return "督促・エスカレーション済み: " + reminder.labelJa();
        });
    }

    // ---- manufacturers: attachments -------------------------------------------------------------------------

    /**
     * Attaches a PDF or .xlsx to the report being prepared on one of the caller's organisation's cases; it joins
     * that report when it is filed. The type is read from the content; at most {@value #MAX_ATTACHMENTS_PER_REPORT}
     * files of at most 10 MB each.
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase attach(String caseNumber, String fileName, byte[] content) {
        requireArgument(fileName, "fileName");
        requireArgument(content, "content");
        requireLength(fileName, MAX_FILE_NAME, "the file name");
        return change(caseNumber, "supply-case.attachment-added", (supplyCase, caller, now) -> {
            if (!caller.belongsTo(supplyCase.manufacturerOrganisationCode()) || supplyCase.isClosed()) {
                throw new IllegalStateException("Case " + caseNumber + " accepts no attachments from " + caller.userName());
            }
            if (content.length == 0 || content.length > MAX_ATTACHMENT_BYTES) {
                throw new IllegalArgumentException(fileName + " has " + content.length + " bytes; an attachment has 1 byte to 10 MB");
            }
            AttachmentType type = AttachmentType.of(fileName, content).orElseThrow(() -> new IllegalArgumentException(
                    fileName + " is not a PDF or an Excel workbook (.xlsx), or its name does not match its content"));
            long pending = attachments.of(caseNumber).stream().filter(SupplyAttachment::isPending).count();
            if (pending >= MAX_ATTACHMENTS_PER_REPORT) {
                throw new IllegalStateException("A report carries at most " + MAX_ATTACHMENTS_PER_REPORT + " attachments");
            }
            attachments.add(caseNumber, fileName.strip(), type, content, caller.userName(), now);
            return "添付ファイルを追加: " + fileName.strip() + "(" + content.length + " bytes)";
        });
    }

    /** Removes an attachment not yet filed with a report. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase removeAttachment(String caseNumber, long attachmentId) {
        return change(caseNumber, "supply-case.attachment-removed", (supplyCase, caller, now) -> {
            if (!attachments.removePending(caseNumber, attachmentId)) {
                throw new IllegalStateException("Case " + caseNumber + " has no unfiled attachment " + attachmentId);
            }
            return "添付ファイルを削除: " + attachmentId;
        });
    }

    /** The case's attachments for those who may see it; those not yet filed only for the case's manufacturer. */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyAttachment> attachments(String caseNumber) {
        Caller caller = currentCaller.require();
        return caseFor(caseNumber).map(found -> attachments.of(found.caseNumber()).stream()
                .filter(attachment -> !attachment.isPending() || isOwner(caller, found)).toList()).orElse(List.of());
    }

    /** One attachment's file, on the same terms as {@link #attachments(String)}; empty for anyone else. */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public Optional<SupplyAttachment.File> attachmentFile(String caseNumber, long attachmentId) {
        return attachments(caseNumber).stream().filter(attachment -> attachment.id() == attachmentId).findFirst()
                .flatMap(attachment -> attachments.content(attachment.caseNumber(), attachmentId));
    }

    private static boolean isOwner(Caller caller, SupplyCase supplyCase) {
        return caller.hasRole(Role.MANUFACTURER) && caller.belongsTo(supplyCase.manufacturerOrganisationCode());
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** The case's own audit history, newest first, for those who may see the case (else empty). */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<AuditRecord> history(String caseNumber) {
        return caseFor(caseNumber).map(found -> auditRecords.search(new AuditSearch(null, null, OBJECT_TYPE,
                found.caseNumber(), null, null, 0, AuditSearch.MAX_PAGE))).orElse(List.of());
    }

    /**
     * The product a maker of an alternative is asked about, while its organisation has an open stock request on
     * the case: all such a maker learns of another manufacturer's case. Empty otherwise.
     */
    @ReadOnly
    @RolesAllowed(Role.Names.MANUFACTURER)
    public Optional<String> stockRequestSubject(String caseNumber) {
        Caller caller = currentCaller.require();
        return Optional.ofNullable(caseNumber).flatMap(cases::find)
                .filter(found -> found.awaitsStockAnswerFrom(caller))
                .map(found -> found.product().name());
    }

    /** The steps the case waits at, if the caller may see the case; empty alike for an unknown or another's case. */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseWorkflow.WaitingStep> waitingSteps(String caseNumber) {
        return caseFor(caseNumber).map(found -> workflow.waitingSteps(found.caseNumber())).orElse(List.of());
    }

    /**
     * The steps waiting for the caller, oldest first: for officers the ministry's steps, for manufacturers and
     * associations those of their organisation (a maker of an alternative sees its stock request here).
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseWorkflow.WaitingStep> myWaitingSteps() {
        Caller caller = currentCaller.require();
        List<SupplyCaseWorkflow.WaitingStep> steps = new ArrayList<>();
        if (caller.hasRole(Role.MINISTRY_OFFICER)) {
            steps.addAll(workflow.waitingFor(Role.MINISTRY_OFFICER, null));
        }
        caller.organisationCode().ifPresent(organisation -> {
            for (Role role : List.of(Role.MANUFACTURER, Role.INDUSTRY_ASSOCIATION)) {
                if (caller.hasRole(role)) {
                    steps.addAll(workflow.waitingFor(role, organisation));
                }
            }
        });
        return steps;
    }


    /**
     * The cases the caller works on, newest first: a manufacturer its organisation's (drafts included), a ministry
     * officer every case with a filed report, an industry association those it was asked to support.
     */
    @ReadOnly
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
    @ReadOnly
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
            advance(supplyCase, SupplyStep.TRIAGE_REPORT, caller, () -> workflow.recordTriage(caseNumber, impact));
            return "トリアージ: 臨床的影響 " + impact.labelJa() + "、緊急度 " + urgency.labelJa() + "、重大度 " + severity.labelJa();
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase recordSocietyConsultation(String caseNumber, String societies, String outcome) {
        requireLength(societies, MAX_SOCIETIES, "the societies");
        requireLength(outcome, MAX_TEXT, "the outcome");
        return change(caseNumber, "supply-case.societies-consulted", (supplyCase, caller, now) -> {
            supplyCase.recordSocietyConsultation(caller, societies, outcome, now);
            advance(supplyCase, SupplyStep.CONSULT_SOCIETIES, caller, () -> workflow.complete(caseNumber, SupplyStep.CONSULT_SOCIETIES));
            return "学会への意見聴取を記録";
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase decideFurtherAction(String caseNumber, boolean needed, String reasons) {
        requireLength(reasons, MAX_TEXT, "the reasons");
        return change(caseNumber, "supply-case.further-action-decided", (supplyCase, caller, now) -> {
            supplyCase.decideFurtherAction(caller, needed, reasons, now);
            advance(supplyCase, SupplyStep.DECIDE_FURTHER_ACTION, caller, () -> workflow.decideFurtherAction(caseNumber, needed));
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
            advance(supplyCase, SupplyStep.REQUEST_ALTERNATIVE_STOCK, caller,
                    () -> workflow.requestAlternativeStock(caseNumber, List.copyOf(makerOrganisationCodes)));
            return "代替品の在庫・増産余力を照会: " + String.join(", ", makerOrganisationCodes);
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase requestAssociationSupport(String caseNumber, String associationOrganisationCode) {
        requireLength(associationOrganisationCode, MAX_ORGANISATION_CODE, "the association's organisation code");
        return change(caseNumber, "supply-case.association-support-requested", (supplyCase, caller, now) -> {
            supplyCase.requestAssociationSupport(caller, associationOrganisationCode);
            advance(supplyCase, SupplyStep.REQUEST_ASSOCIATION_SUPPORT, caller,
                    () -> workflow.requestAssociationSupport(caseNumber, associationOrganisationCode));
            return "業界団体に支援を依頼: " + associationOrganisationCode;
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase close(String caseNumber, CloseReason reason) {
        requireArgument(reason, "reason");
        return change(caseNumber, "supply-case.closed", (supplyCase, caller, now) -> {
            supplyCase.close(caller, reason, now);
            if (isWaitingAt(caseNumber, SupplyStep.CLOSE_CASE)) {
                workflow.closeCase(caseNumber, reason);
            } else {
                // MHLW may close a flow-A case at any point the aggregate allows: the flow ends with it
                workflow.endEarly(caseNumber, reason);
            }
            return "終結: " + reason.labelJa();
        });
    }

    /**
     * Puts a filed case on the public list of shortages and terminations (or changes whether its maker is named
     * there); {@code showMaker} is MHLW's choice.
     */
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase publish(String caseNumber, boolean showMaker) {
        return change(caseNumber, "supply-case.published", (supplyCase, caller, now) -> {
            if (supplyCase.isClosed()) {
                throw new IllegalStateException("Case " + caseNumber + " is closed and is not published any more");
            }
            publications.publish(supplyCase.caseNumber(), showMaker, caller.userName(), now);
            return showMaker ? "公開リストに掲載(製造販売業者名を表示)" : "公開リストに掲載(製造販売業者名は非表示)";
        });
    }

    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public SupplyCase withdrawPublication(String caseNumber) {
        return change(caseNumber, "supply-case.publication-withdrawn", (supplyCase, caller, now) -> {
            if (!publications.withdraw(supplyCase.caseNumber())) {
                throw new IllegalStateException("Case " + caseNumber + " is not on the public list");
            }
            return "公開リストから取下げ";
        });
    }

    /** Empty when the case is not on the public list; else whether its maker is named there. */
    @ReadOnly
    @RolesAllowed(Role.Names.MINISTRY_OFFICER)
    public Optional<Boolean> publication(String caseNumber) {
        return caseFor(caseNumber).flatMap(found -> publications.showsMaker(found.caseNumber()));
    }

    /**
     * The public list, for anyone without login: published cases not closed, plus those closed as terminated
     * (supply has ended), each as its latest filed report describes it.
     */
    @ReadOnly
    @PermitAll
    public List<PublicSupplyNotice> publicList() {
        List<PublicSupplyNotice> notices = new ArrayList<>();
        publications.all().forEach((caseNumber, showMaker) -> cases.find(caseNumber)
                .filter(found -> !found.isClosed() || found.closeReason().orElseThrow() == CloseReason.TERMINATED)
                .ifPresent(found -> notices.add(noticeOf(found, showMaker))));
        return notices;
    }

    private PublicSupplyNotice noticeOf(SupplyCase supplyCase, boolean showMaker) {
        SupplyReport latest = supplyCase.latestVersion().orElseThrow().content();
        String statusJa;
        String statusEn;
        if (supplyCase.isOnTerminationPath() || latest.disruptionKind() == DisruptionKind.TERMINATION) {
            statusJa = supplyCase.isClosed() ? "供給終了" : "供給終了予定";
            statusEn = supplyCase.isClosed() ? "Supply ended" : "Supply to end";
        } else {
            DisruptionKind kind = latest.disruptionKind() == null ? DisruptionKind.INSTABILITY : latest.disruptionKind();
            statusJa = kind.labelJa();
            statusEn = kind.labelEn();
        }
        String alternatives = latest.alternatives().stream()
                .map(alternative -> alternative.productName() + (alternative.makerName() == null ? "" : "(" + alternative.makerName() + ")"))
                .reduce((a, b) -> a + "、" + b).orElse(latest.noAlternativeAvailable() ? "なし / none" : "");
        Optional<jp.go.mhlw.kpi.domain.model.organisation.Organisation> maker = showMaker
                ? organisations.findByCode(supplyCase.manufacturerOrganisationCode()) : Optional.empty();
        return new PublicSupplyNotice(supplyCase.product().name(), supplyCase.product().approvalNumber(), statusJa, statusEn,
                latest.expectedRecoveryOrEndDate(), alternatives, maker.map(found -> found.getNameJa()).orElse(null),
                maker.map(found -> found.getNameEn()).orElse(null));
    }

    // ---- industry associations -------------------------------------------------------------------------------

    @RolesAllowed(Role.Names.INDUSTRY_ASSOCIATION)
    public SupplyCase recordAssociationSupport(String caseNumber, String whatWasDone) {
        requireLength(whatWasDone, MAX_TEXT, "what was done");
        return change(caseNumber, "supply-case.association-support-recorded", (supplyCase, caller, now) -> {
            supplyCase.recordAssociationSupport(caller, whatWasDone, now);
            advance(supplyCase, SupplyStep.RECORD_ASSOCIATION_SUPPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.RECORD_ASSOCIATION_SUPPORT));
            return "業界団体の支援内容を記録";
        });
    }

    // ---- the case's flow ---------------------------------------------------------------------------------------

    private static final List<SupplyStep> REMINDERS = List.of(SupplyStep.CHASE_OVERDUE_ADDITIONAL_REPORT,
            SupplyStep.ESCALATE_OVERDUE_TRIAGE, SupplyStep.CHASE_OVERDUE_RESPONSE);

    /** The case's first filing starts its flow: B when it is about a termination, else A. */
    private void startFlow(SupplyCase supplyCase, ReportKind kind) {
        SupplyDeadlines.Durations due = deadlines.current();
        if (supplyCase.isOnTerminationPath()) {
            workflow.startTermination(supplyCase.caseNumber(), supplyCase.manufacturerOrganisationCode(), due);
        } else {
            workflow.startDisruption(supplyCase.caseNumber(), supplyCase.manufacturerOrganisationCode(),
                    kind == ReportKind.ADDITIONAL, due);
        }
    }

    /** A later report completes the step it answers; on the termination path a re-report is a status update only. */
    private void advanceOnReport(SupplyCase supplyCase, ReportKind kind) {
        String caseNumber = supplyCase.caseNumber();
        Caller caller = currentCaller.require();
        switch (kind) {
            case ADDITIONAL -> advance(supplyCase, SupplyStep.FILE_ADDITIONAL_REPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_ADDITIONAL_REPORT));
            case RE_REPORT -> {
                if (!supplyCase.isOnTerminationPath()) {
                    advance(supplyCase, SupplyStep.FOLLOW_UP_SUPPLY, caller, () -> workflow.followUpSupply(caseNumber, true));
                }
            }
            case SIMPLE -> advance(supplyCase, SupplyStep.FILE_SIMPLE_REPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_SIMPLE_REPORT));
            case TERMINATION_NOTICE -> advance(supplyCase, SupplyStep.FILE_TERMINATION_NOTICE, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_TERMINATION_NOTICE));
            case FIRST -> throw new IllegalStateException("Case " + caseNumber + " already has its first report");
        }
    }

    /**
     * Completes the step this decision answers, after checking that the case waits at it for the caller's
     * organisation; otherwise the whole change is refused and nothing is stored.
     */
    private void advance(SupplyCase supplyCase, SupplyStep step, Caller caller, Runnable completion) {
        List<SupplyCaseWorkflow.WaitingStep> waiting = workflow.waitingSteps(supplyCase.caseNumber());
        boolean waitsForCaller = waiting.stream().anyMatch(open -> open.step() == step
                && open.belongsTo(step.role(), caller.organisationCode()));
        if (!waitsForCaller) {
            String now = waiting.isEmpty() ? "nothing" : String.join(", ", waiting.stream()
                    .map(open -> open.step().labelEn().toLowerCase(Locale.ROOT)).distinct().toList());
            throw new SupplyCaseException.Conflict("Case " + supplyCase.caseNumber() + " is not waiting for this step ("
                    + step.labelEn().toLowerCase(Locale.ROOT) + "); it waits for " + now);
        }
        completion.run();
    }

    private boolean isWaitingAt(String caseNumber, SupplyStep step) {
        return workflow.waitingSteps(caseNumber).stream().anyMatch(open -> open.step() == step);
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

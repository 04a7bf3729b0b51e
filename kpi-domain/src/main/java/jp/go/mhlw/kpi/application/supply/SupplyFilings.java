package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.MAX_TEXT;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireArgument;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireLength;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.requireWithinLimits;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.summary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.Outcome;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.AttachmentType;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportLimits;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportValidator;
import jp.go.mhlw.kpi.domain.shared.InputCheck;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * What manufacturers do on supply cases (DOMAIN.md §6), for the screens and the REST API alike: open a case with
 * its first report or a draft, file the reports that follow, attach files, and answer MHLW's requests (continue or
 * end supply, consent to contacting makers of alternatives, no change to report). The maker of an alternative
 * answers MHLW's stock request here too: the one way a manufacturer reaches another manufacturer's case.
 *
 * <ul>
 *   <li>Roles: manufacturers only; a manufacturer reaches its own organisation's cases, and may open one only when
 *       its organisation is registered as an active manufacturer ({@link SupplyCaseException.Forbidden} otherwise).
 *       Another organisation's case, and a case number that does not exist, is {@link SupplyCaseException.NotFound}
 *       alike.</li>
 *   <li>Validation: the aggregate's, plus what the tables can hold; an incomplete report is a
 *       {@link SupplyReportRejectedException} with every violation, and nothing is stored.</li>
 *   <li>Audit and flow: each change is recorded once ({@link SupplyCaseSteps}); filing the case's first report
 *       starts its flow, and each later filing or answer completes the step it answers. An answer the flow does not
 *       wait for now is refused ({@link SupplyCaseException.Conflict}).</li>
 * </ul>
 */
@Stateless
@DeclareRoles({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
public class SupplyFilings {

    /** What a report may carry: at most this many files, each at most this big (PDF or .xlsx). */
    public static final int MAX_ATTACHMENTS_PER_REPORT = 5;
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;
    static final int MAX_FILE_NAME = 255;

    @Inject
    SupplyCaseSteps steps;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SupplyCaseWorkflow workflow;

    @Inject
    SupplyDeadlines deadlines;

    @Inject
    SupplyAttachments attachments;

    // ---- opening a case ----------------------------------------------------------------------------------------

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
                    + kind.label(Texts.ENGLISH).toLowerCase(Locale.ROOT));
        }
        requireFileable(kind, report);
        SupplyCase opened = steps.open(caller, "supply-case.opened", productOf(report), (supplyCase, filer, now) ->
                summary("supply.audit.opened", filedSummary(supplyCase.fileReport(filer, kind, report, now))));
        startFlow(opened, kind);
        return opened;
    }

    /** Opens a case holding only a draft of its first filing; the draft needs the product name, nothing else. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase openWithDraft(ReportKind kind, SupplyReport draft) {
        Caller caller = registeredManufacturer();
        requireArgument(kind, "kind");
        requireArgument(draft, "draft");
        List<Problem> violations = new ArrayList<>(storageViolations(draft));
        if (draft.productName() == null) {
            violations.add(0, Problem.at(SupplyReportField.PRODUCT_NAME.fieldName(),
                    "supply.problem.draftNeedsProductName"));
        }
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
        return steps.open(caller, "supply-case.opened-with-draft", productOf(draft), (supplyCase, drafter, now) -> {
            supplyCase.saveDraft(drafter, kind, draft, now);
            return summary("supply.audit.openedWithDraft", kind, draft.productName());
        });
    }

    // ---- reports and drafts on the caller's cases --------------------------------------------------------------

    /** Files a report on one of the caller's organisation's cases as its next immutable version. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase fileReport(String caseNumber, ReportKind kind, SupplyReport report) {
        requireArgument(kind, "kind");
        requireArgument(report, "report");
        return steps.change(caseNumber, "supply-case.report-filed", (supplyCase, caller, now) -> {
            requireFileable(kind, report);
            boolean firstFiling = supplyCase.versions().isEmpty();
            ReportVersion filed = supplyCase.fileReport(caller, kind, report, now);
            attachments.fileWith(caseNumber, filed.number());
            String summary = filedSummary(filed);
            if (firstFiling) {
                startFlow(supplyCase, kind);
            } else {
                advanceOnReport(supplyCase, kind, caller);
            }
            return summary;
        });
    }

    /** Saves work in progress on the case's next report, replacing the previous draft; drafts are not validated. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase saveDraft(String caseNumber, ReportKind kind, SupplyReport draft) {
        requireArgument(kind, "kind");
        requireArgument(draft, "draft");
        return steps.change(caseNumber, "supply-case.draft-saved", (supplyCase, caller, now) -> {
            supplyCase.saveDraft(caller, kind, draft, now);
            return summary("supply.audit.draftSaved", kind, kind.formNumber());
        });
    }

    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase discardDraft(String caseNumber) {
        return steps.change(caseNumber, "supply-case.draft-discarded", (supplyCase, caller, now) -> {
            if (supplyCase.draft().isEmpty()) {
                throw new IllegalStateException("Case " + caseNumber + " has no draft to discard");
            }
            supplyCase.discardDraft(caller);
            return summary("supply.audit.draftDiscarded");
        });
    }

    // ---- answers to MHLW's requests ----------------------------------------------------------------------------

    /** The manufacturer's answer to MHLW's request: it keeps supplying and coordinates alternatives. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideToContinueSupply(String caseNumber) {
        return steps.change(caseNumber, "supply-case.supply-continued", (supplyCase, caller, now) -> {
            supplyCase.decideToContinueSupply(caller);
            steps.advance(supplyCase, SupplyStep.CONSIDER_RESPONSE, caller,
                    () -> workflow.considerResponse(caseNumber, true));
            return summary("supply.audit.supplyContinued");
        });
    }

    /** The manufacturer's answer to MHLW's request: supply ends; the report about the termination comes with it. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideToTerminateSupply(String caseNumber, SupplyReport terminationReport) {
        requireArgument(terminationReport, "terminationReport");
        return steps.change(caseNumber, "supply-case.termination-decided", (supplyCase, caller, now) -> {
            rejectUnstorable(ReportKind.RE_REPORT, terminationReport);
            ReportVersion filed = supplyCase.decideToTerminateSupply(caller, terminationReport, now);
            attachments.fileWith(caseNumber, filed.number());
            String summary = summary("supply.audit.terminationDecided", filedSummary(filed));
            steps.advance(supplyCase, SupplyStep.CONSIDER_RESPONSE, caller,
                    () -> workflow.considerResponse(caseNumber, false));
            return summary;
        });
    }

    /** Whether MHLW may contact the makers of alternative products (the latest answer counts). */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase decideConsent(String caseNumber, boolean given) {
        return steps.decide(caseNumber, "supply-case.consent-decided", (supplyCase, caller, now) -> {
            if (given) {
                supplyCase.giveConsent(caller, now);
            } else {
                supplyCase.refuseConsent(caller, now);
            }
            steps.advance(supplyCase, SupplyStep.DECIDE_CONSENT, caller,
                    () -> workflow.decideConsent(caseNumber, given));
            return new Outcome(summary(given ? "supply.audit.consentGiven" : "supply.audit.consentRefused"),
                    AuditJson.object().with("consent", given));
        });
    }

    /**
     * The maker of an alternative product answers MHLW's request addressed to its organisation: the one way a
     * manufacturer reaches another manufacturer's case, and only while the request is open.
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase answerStockRequest(String caseNumber, StockAnswer answer) {
        requireArgument(answer, "answer");
        requireWithinLimits(new InputCheck()
                .quantity("stockOnHand", "stockOnHand", answer.stockOnHand())
                .quantity("additionalMonthlyCapacity", "additionalMonthlyCapacity", answer.additionalMonthlyCapacity())
                .paragraphs("note", "the answer's note", answer.note(), MAX_TEXT).problems());
        return steps.decide(caseNumber, "supply-case.stock-request-answered",
                (supplyCase, caller) -> supplyCase.awaitsStockAnswerFrom(caller),
                (supplyCase, caller, now) -> {
                    supplyCase.answerStockRequest(caller, answer, now);
                    String maker = caller.organisationCode().orElseThrow();
                    steps.advance(supplyCase, SupplyStep.ANSWER_STOCK_REQUEST, caller,
                            () -> workflow.answerStockRequest(caseNumber, maker));
                    return new Outcome(summary("supply.audit.stockRequestAnswered", maker), AuditJson.object()
                            .with("maker", maker).with("stockOnHand", answer.stockOnHand())
                            .with("additionalMonthlyCapacity", answer.additionalMonthlyCapacity())
                            .with("note", answer.note()).with("sharedWithReporter", answer.sharedWithReporter()));
                });
    }

    /**
     * The manufacturer's follow-up without a re-report: hospitals are informed and the situation has not changed
     * enough to report again, so MHLW may close the case. The aggregate does not change; the flow moves on.
     */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase reportNoChange(String caseNumber) {
        return steps.change(caseNumber, "supply-case.no-change-reported", (supplyCase, caller, now) -> {
            steps.advance(supplyCase, SupplyStep.FOLLOW_UP_SUPPLY, caller,
                    () -> workflow.followUpSupply(caseNumber, false));
            return summary("supply.audit.noChangeReported");
        });
    }

    // ---- attachments -------------------------------------------------------------------------------------------

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
        return steps.change(caseNumber, "supply-case.attachment-added", (supplyCase, caller, now) -> {
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
            return summary("supply.audit.attachmentAdded", fileName.strip(), String.valueOf(content.length));
        });
    }

    /** Removes an attachment not yet filed with a report. */
    @RolesAllowed(Role.Names.MANUFACTURER)
    public SupplyCase removeAttachment(String caseNumber, long attachmentId) {
        return steps.change(caseNumber, "supply-case.attachment-removed", (supplyCase, caller, now) -> {
            if (!attachments.removePending(caseNumber, attachmentId)) {
                throw new IllegalStateException("Case " + caseNumber + " has no unfiled attachment " + attachmentId);
            }
            return summary("supply.audit.attachmentRemoved", String.valueOf(attachmentId));
        });
    }

    // ---- the case's flow ---------------------------------------------------------------------------------------

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
    private void advanceOnReport(SupplyCase supplyCase, ReportKind kind, Caller caller) {
        String caseNumber = supplyCase.caseNumber();
        switch (kind) {
            case ADDITIONAL -> steps.advance(supplyCase, SupplyStep.FILE_ADDITIONAL_REPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_ADDITIONAL_REPORT));
            case RE_REPORT -> {
                if (!supplyCase.isOnTerminationPath()) {
                    steps.advance(supplyCase, SupplyStep.FOLLOW_UP_SUPPLY, caller,
                            () -> workflow.followUpSupply(caseNumber, true));
                }
            }
            case SIMPLE -> steps.advance(supplyCase, SupplyStep.FILE_SIMPLE_REPORT, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_SIMPLE_REPORT));
            case TERMINATION_NOTICE -> steps.advance(supplyCase, SupplyStep.FILE_TERMINATION_NOTICE, caller,
                    () -> workflow.complete(caseNumber, SupplyStep.FILE_TERMINATION_NOTICE));
            case FIRST -> throw new IllegalStateException("Case " + caseNumber + " already has its first report");
        }
    }

    // ---- checks ------------------------------------------------------------------------------------------------

    /** The caller, a manufacturer whose organisation is registered as an active manufacturer. */
    private Caller registeredManufacturer() {
        Caller caller = steps.caller();
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
        List<Problem> violations = SupplyReportValidator.validate(kind, report);
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
    }

    private static void rejectUnstorable(ReportKind kind, SupplyReport report) {
        List<Problem> violations = storageViolations(report);
        if (!violations.isEmpty()) {
            throw new SupplyReportRejectedException(kind, violations);
        }
    }

    private static List<Problem> storageViolations(SupplyReport report) {
        return SupplyReportLimits.violations(report);
    }

    private static Product productOf(SupplyReport report) {
        return new Product(report.productName(), report.approvalNumber());
    }

    private static String filedSummary(ReportVersion version) {
        return summary("supply.audit.filed", version.kind(), version.kind().formNumber(), String.valueOf(version.number()),
                version.content().productName());
    }
}

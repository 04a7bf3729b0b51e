package jp.go.mhlw.kpi.domain.model.supply;

import static jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState.*;
import static jp.go.mhlw.kpi.domain.shared.Texts.ENGLISH;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * A supply-disruption case: one product of one manufacturer, from the first report to MHLW closing it.
 *
 * <p>Flow A (instability, shortage): DRAFT → first report → REPORTED → additional report → UNDER_TRIAGE →
 * triage and decision → MONITORING (no further action; a re-report goes back to UNDER_TRIAGE) or
 * RESPONSE_REQUESTED → the manufacturer continues supply (COORDINATING; a re-report goes back to UNDER_TRIAGE)
 * or decides to terminate it, which files a re-report about the termination and starts flow B.
 *
 * <p>Flow B (termination): UNDER_TRIAGE → triage. Small impact: TERMINATING → simple report → 10-3.
 * Large or possibly large impact: society consultation → decision → COORDINATING (further action) or
 * TERMINATING → additional report → 10-3. The 10-3 leads to TERMINATION_NOTIFIED, and MHLW closes the case
 * as TERMINATED. Flow A cases are closed as RESOLVED or NO_ACTION_NEEDED.
 *
 * <p>Only the owning organisation's manufacturers file reports and decide; only ministry officers triage,
 * decide, request and close; a closed case accepts nothing. Filed reports are immutable versions.
 */
public class SupplyCase {

    private static final Set<SupplyCaseState> CLOSABLE_WITHOUT_TERMINATION =
            EnumSet.of(REPORTED, UNDER_TRIAGE, MONITORING, RESPONSE_REQUESTED, COORDINATING);

    private final String caseNumber;
    private final String manufacturerOrganisationCode;
    private final Product product;
    private final Instant openedAt;

    private SupplyCaseState state = DRAFT;
    private boolean terminationPath;
    /** How many versions were filed before the termination path began: later ones count towards the 10-3. */
    private int versionsBeforeTermination;
    private final List<ReportVersion> versions = new ArrayList<>();
    private ReportDraft draft;

    private final List<TriageRecord> triages = new ArrayList<>();
    private final List<SocietyConsultation> consultations = new ArrayList<>();
    private final List<FurtherActionDecision> decisions = new ArrayList<>();
    /** Each report that reaches MHLW starts a new round: triage (and consultation on path B) before deciding. */
    private boolean triagedThisRound;
    private boolean consultedThisRound;

    private ConsentDecision consent;
    private final List<StockRequest> stockRequests = new ArrayList<>();
    private String associationOrganisationCode;
    private final List<AssociationSupport> associationSupport = new ArrayList<>();

    private CloseReason closeReason;
    private String closedBy;
    private Instant closedAt;

    private SupplyCase(String caseNumber, String manufacturerOrganisationCode, Product product, Instant openedAt) {
        this.caseNumber = caseNumber;
        this.manufacturerOrganisationCode = manufacturerOrganisationCode;
        this.product = product;
        this.openedAt = openedAt;
    }

    /** A manufacturer opens a case for its own organisation; it holds drafts until the first report is filed. */
    public static SupplyCase open(String caseNumber, Caller manufacturer, Product product, Instant at) {
        String number = Text.required(caseNumber, "case number");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(at, "at");
        if (!manufacturer.hasRole(Role.MANUFACTURER)) {
            throw new CaseAccessDeniedException(manufacturer.userName() + " is not a manufacturer and cannot open a supply case");
        }
        String organisation = manufacturer.organisationCode().orElseThrow(() -> new CaseAccessDeniedException(
                manufacturer.userName() + " belongs to no organisation and cannot open a supply case"));
        return new SupplyCase(number, organisation, product, at);
    }

    // ---- the manufacturer's reports ----------------------------------------------------------------------

    /**
     * Saves work in progress on the next report, replacing the previous draft; a draft need not be complete, but its
     * values stay within their limits ({@link SupplyReportLimits}).
     */
    public void saveDraft(Caller caller, ReportKind kind, SupplyReport content, Instant at) {
        requireOwner(caller, "save a draft");
        requireOpen("save a draft");
        SupplyReportLimits.requireWithin(kind, content);
        draft = new ReportDraft(kind, content, caller.userName(), at);
    }

    public void discardDraft(Caller caller) {
        requireOwner(caller, "discard the draft");
        draft = null;
    }

    /** The case's first filing: only what is known, blanks allowed (see {@link RequiredFields}). */
    public ReportVersion fileFirstReport(Caller caller, SupplyReport report, Instant at) {
        return fileReport(caller, ReportKind.FIRST, report, at);
    }

    /**
     * Files a report as a new immutable version, after checking that the case accepts this kind now and that
     * the report has what its kind requires (else {@link ReportRejectedException} with every violation).
     */
    public ReportVersion fileReport(Caller caller, ReportKind kind, SupplyReport report, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(report, "report");
        requireOwner(caller, "file a report");
        requireOpen("accept a report");
        requireAccepts(kind);
        SupplyReportValidator.requireValid(kind, report);
        SupplyCaseState before = state;
        ReportVersion version = append(kind, report, caller, at);
        moveAfterFiling(before, kind, report);
        return version;
    }

    private void requireAccepts(ReportKind kind) {
        boolean accepted = switch (kind) {
            case FIRST -> state == DRAFT;
            case ADDITIONAL -> state == DRAFT || state == REPORTED
                    || terminationPath && (state == COORDINATING || state == TERMINATING && !smallImpactTermination());
            case RE_REPORT -> state == MONITORING || state == COORDINATING || terminationPath && state == TERMINATING;
            case SIMPLE -> {
                requireTerminationPath(kind);
                yield state == TERMINATING && smallImpactTermination();
            }
            case TERMINATION_NOTICE -> {
                requireTerminationPath(kind);
                yield state == TERMINATING;
            }
        };
        if (!accepted) {
            throw new IllegalStateException("Case " + caseNumber + " (" + state.label(ENGLISH) + ") does not accept a "
                    + kind.label(ENGLISH).toLowerCase(Locale.ROOT) + whyNot(kind));
        }
        if (kind == ReportKind.TERMINATION_NOTICE) {
            ReportKind before = smallImpactTermination() ? ReportKind.SIMPLE : ReportKind.ADDITIONAL;
            if (!filedSinceTermination(before)) {
                throw new IllegalStateException("Case " + caseNumber + ": the 10-3 follows the "
                        + before.label(ENGLISH).toLowerCase(Locale.ROOT));
            }
        }
    }

    private String whyNot(ReportKind kind) {
        return switch (kind) {
            case FIRST -> ": it already has " + versions.size() + " report(s)";
            case SIMPLE -> ": a simple report follows MHLW's judgement that the termination's clinical impact is small";
            default -> "";
        };
    }

    private void requireTerminationPath(ReportKind kind) {
        if (!terminationPath) {
            throw new IllegalStateException("Case " + caseNumber + ": a " + kind.label(ENGLISH).toLowerCase(Locale.ROOT)
                    + " is only filed when supply ends (the termination path)");
        }
    }

    private void moveAfterFiling(SupplyCaseState before, ReportKind kind, SupplyReport report) {
        switch (kind) {
            case FIRST, ADDITIONAL -> {
                if (before == DRAFT && report.disruptionKind() == DisruptionKind.TERMINATION) {
                    beginTermination(0);
                } else if (before == DRAFT && kind == ReportKind.FIRST) {
                    state = REPORTED;
                } else if (terminationPath) {
                    state = TERMINATING;
                } else {
                    beginRound();
                }
            }
            case RE_REPORT -> {
                if (!terminationPath) {
                    beginRound();
                }
            }
            case SIMPLE -> {
                // stays TERMINATING until the 10-3
            }
            case TERMINATION_NOTICE -> state = TERMINATION_NOTIFIED;
        }
    }

    /** The manufacturer answers MHLW's request: it will keep supplying and coordinate alternatives. */
    public void decideToContinueSupply(Caller caller) {
        requireOwner(caller, "answer MHLW's request");
        requireState(RESPONSE_REQUESTED, "decide to continue supply");
        state = COORDINATING;
    }

    /**
     * The manufacturer answers MHLW's request: supply will end. The report about the termination (a re-report,
     * as complete as an additional report, with the kind "termination") is filed with the decision, and MHLW
     * triages it on the termination path.
     */
    public ReportVersion decideToTerminateSupply(Caller caller, SupplyReport terminationReport, Instant at) {
        requireOwner(caller, "answer MHLW's request");
        requireState(RESPONSE_REQUESTED, "decide to terminate supply");
        List<Problem> violations = new ArrayList<>(SupplyReportValidator.validate(ReportKind.RE_REPORT, terminationReport));
        if (terminationReport.disruptionKind() != null && terminationReport.disruptionKind() != DisruptionKind.TERMINATION) {
            violations.add(Problem.at(SupplyReportField.DISRUPTION_KIND.fieldName(), "supply.problem.terminationKind"));
        }
        if (!violations.isEmpty()) {
            throw new ReportRejectedException(ReportKind.RE_REPORT, violations);
        }
        int before = versions.size();
        ReportVersion version = append(ReportKind.RE_REPORT, terminationReport, caller, at);
        beginTermination(before);
        return version;
    }

    // ---- MHLW's triage and decisions ------------------------------------------------------------------------

    /**
     * MHLW's triage of the latest report. On the termination path a small impact sends the case straight to
     * the simple report; a large or possibly large one waits for the societies to be consulted.
     */
    public void recordTriage(Caller officer, ClinicalImpact impact, TriageLevel urgency, TriageLevel severity, String note,
            Instant at) {
        requireOfficer(officer, "triage");
        requireState(UNDER_TRIAGE, "be triaged");
        triages.add(new TriageRecord(impact, urgency, severity, note, officer.userName(), at));
        triagedThisRound = true;
        if (terminationPath && impact == ClinicalImpact.SMALL) {
            state = TERMINATING;
        }
    }

    /** On the termination path with large or possibly large impact, MHLW consults academic societies. */
    public void recordSocietyConsultation(Caller officer, String societies, String outcome, Instant at) {
        requireOfficer(officer, "record a society consultation");
        requireState(UNDER_TRIAGE, "record a society consultation");
        if (!terminationPath || !triagedThisRound || !latestTriage().orElseThrow().impact().isLargeOrPossiblyLarge()) {
            throw new IllegalStateException("Case " + caseNumber
                    + ": societies are consulted on a termination judged to have a large or possibly large clinical impact");
        }
        consultations.add(new SocietyConsultation(societies, outcome, officer.userName(), at));
        consultedThisRound = true;
    }

    /**
     * MHLW decides whether further action is needed, after triage (and, on the termination path, after
     * consulting the societies). Flow A: needed asks the manufacturer for a response, not needed means
     * monitoring. Flow B: needed means coordination of alternatives, not needed goes on to the termination.
     */
    public void decideFurtherAction(Caller officer, boolean needed, String reasons, Instant at) {
        requireOfficer(officer, "decide on further action");
        requireState(UNDER_TRIAGE, "decide on further action");
        if (!triagedThisRound) {
            throw new IllegalStateException("Case " + caseNumber + ": triage the latest report before deciding");
        }
        if (terminationPath && !consultedThisRound) {
            throw new IllegalStateException("Case " + caseNumber + ": consult the societies before deciding");
        }
        decisions.add(new FurtherActionDecision(needed, reasons, officer.userName(), at));
        if (terminationPath) {
            state = needed ? COORDINATING : TERMINATING;
        } else {
            state = needed ? RESPONSE_REQUESTED : MONITORING;
        }
    }

    // ---- coordination of alternatives --------------------------------------------------------------------------

    /** The manufacturer allows MHLW to contact the makers of alternative products. */
    public void giveConsent(Caller caller, Instant at) {
        decideConsent(caller, true, at);
    }

    /** The manufacturer does not allow it (or withdraws its consent for future requests). */
    public void refuseConsent(Caller caller, Instant at) {
        decideConsent(caller, false, at);
    }

    private void decideConsent(Caller caller, boolean given, Instant at) {
        requireOwner(caller, "decide on consent");
        requireOpen("record consent");
        if (state == DRAFT) {
            throw new IllegalStateException("Case " + caseNumber + " has not been reported yet");
        }
        consent = new ConsentDecision(given, caller.userName(), at);
    }

    /** MHLW asks makers of alternatives for stock and production data: only with the manufacturer's consent. */
    public void requestAlternativeStockData(Caller officer, Collection<String> makerOrganisationCodes, Instant at) {
        requireOfficer(officer, "request stock data");
        requireState(COORDINATING, "request stock data from makers of alternatives");
        if (!mayContactAlternativeMakers()) {
            throw new IllegalStateException("Case " + caseNumber
                    + ": the manufacturer has not consented to MHLW contacting makers of alternatives");
        }
        Set<String> makers = new LinkedHashSet<>();
        makerOrganisationCodes.forEach(code -> makers.add(Text.required(code, "the maker's organisation code")));
        if (makers.isEmpty()) {
            throw new IllegalArgumentException("name at least one maker of an alternative product");
        }
        for (String maker : makers) {
            if (maker.equals(manufacturerOrganisationCode)) {
                throw new IllegalArgumentException("the case's own manufacturer is not a maker of an alternative");
            }
            if (openStockRequestTo(maker).isPresent()) {
                throw new IllegalStateException("Case " + caseNumber + ": " + maker + " has an unanswered request already");
            }
        }
        makers.forEach(maker -> stockRequests.add(StockRequest.sent(maker, at)));
    }

    /** The maker of an alternative answers the request addressed to its organisation. */
    public void answerStockRequest(Caller caller, StockAnswer answer, Instant at) {
        requireOpen("accept an answer");
        if (!caller.hasRole(Role.MANUFACTURER)) {
            throw new CaseAccessDeniedException(caller.userName() + " is not a manufacturer");
        }
        StockRequest request = caller.organisationCode().flatMap(this::openStockRequestTo)
                .orElseThrow(() -> new CaseAccessDeniedException("Case " + caseNumber + " has no open request to the organisation of "
                        + caller.userName()));
        stockRequests.set(stockRequests.indexOf(request), request.answered(answer, caller.userName(), at));
    }

    private Optional<StockRequest> openStockRequestTo(String makerOrganisationCode) {
        return stockRequests.stream()
                .filter(request -> !request.isAnswered() && request.makerOrganisationCode().equals(makerOrganisationCode))
                .findFirst();
    }

    /** MHLW asks an industry association to support the coordination. */
    public void requestAssociationSupport(Caller officer, String associationOrganisationCode) {
        requireOfficer(officer, "request the association's support");
        requireState(COORDINATING, "request the association's support");
        this.associationOrganisationCode = Text.required(associationOrganisationCode, "the association's organisation code");
    }

    /** The association whose support was requested records what it did. */
    public void recordAssociationSupport(Caller caller, String whatWasDone, Instant at) {
        requireOpen("record support");
        if (!caller.hasRole(Role.INDUSTRY_ASSOCIATION) || associationOrganisationCode == null
                || !caller.belongsTo(associationOrganisationCode)) {
            throw new CaseAccessDeniedException(caller.userName() + " is not the association asked to support case " + caseNumber);
        }
        associationSupport.add(new AssociationSupport(associationOrganisationCode, whatWasDone, caller.userName(), at));
    }

    // ---- closing ---------------------------------------------------------------------------------------------

    /** MHLW closes the case: TERMINATED after the 10-3, RESOLVED or NO_ACTION_NEEDED on flow A. */
    public void close(Caller officer, CloseReason reason, Instant at) {
        Objects.requireNonNull(reason, "reason");
        requireOfficer(officer, "close the case");
        requireOpen("be closed again");
        boolean allowed = reason == CloseReason.TERMINATED
                ? state == TERMINATION_NOTIFIED
                : !terminationPath && CLOSABLE_WITHOUT_TERMINATION.contains(state);
        if (!allowed) {
            throw new IllegalStateException("Case " + caseNumber + " (" + state.label(ENGLISH) + ") cannot be closed as "
                    + reason.label(ENGLISH).toLowerCase(Locale.ROOT));
        }
        state = CLOSED;
        closeReason = reason;
        closedBy = officer.userName();
        closedAt = Objects.requireNonNull(at, "at");
        draft = null;
    }

    // ---- who sees the case -------------------------------------------------------------------------------------

    /**
     * The owning manufacturer always; ministry officers once something was filed (drafts are private);
     * the industry association once its support was requested. Makers of alternatives see only their request.
     */
    public boolean isVisibleTo(Caller caller) {
        if (caller.hasRole(Role.MANUFACTURER) && caller.belongsTo(manufacturerOrganisationCode)) {
            return true;
        }
        if (caller.hasRole(Role.MINISTRY_OFFICER)) {
            return state != DRAFT;
        }
        return caller.hasRole(Role.INDUSTRY_ASSOCIATION) && associationOrganisationCode != null
                && caller.belongsTo(associationOrganisationCode);
    }

    /**
     * The stock requests the caller may know of: every one for those who see the case, only its own organisation's
     * for a maker of an alternative (which learns nothing else of the case).
     */
    public List<StockRequest> stockRequestsVisibleTo(Caller caller) {
        if (isVisibleTo(caller)) {
            return stockRequests();
        }
        return stockRequests.stream().filter(request -> isAnsweringMaker(caller, request)).toList();
    }

    /**
     * Whether the caller may read the answer to this request: ministry officers and the maker that answered always;
     * the case's manufacturer and the supporting association only when the maker agreed to share it.
     */
    public boolean mayReadStockAnswer(Caller caller, StockRequest request) {
        if (caller.hasRole(Role.MINISTRY_OFFICER) || isAnsweringMaker(caller, request)) {
            return true;
        }
        return isVisibleTo(caller) && request.stockAnswer().map(StockAnswer::sharedWithReporter).orElse(false);
    }

    private static boolean isAnsweringMaker(Caller caller, StockRequest request) {
        return caller.hasRole(Role.MANUFACTURER) && caller.belongsTo(request.makerOrganisationCode());
    }

    /** True when the caller's organisation has a request for stock data to answer on this case. */
    public boolean awaitsStockAnswerFrom(Caller caller) {
        return caller.hasRole(Role.MANUFACTURER) && caller.organisationCode().flatMap(this::openStockRequestTo).isPresent();
    }

    // ---- internals -------------------------------------------------------------------------------------------

    private ReportVersion append(ReportKind kind, SupplyReport report, Caller caller, Instant at) {
        ReportVersion version = new ReportVersion(versions.size() + 1, kind, report, caller.userName(), at);
        versions.add(version);
        draft = null;
        return version;
    }

    private void beginRound() {
        state = UNDER_TRIAGE;
        triagedThisRound = false;
        consultedThisRound = false;
    }

    private void beginTermination(int versionsBefore) {
        terminationPath = true;
        versionsBeforeTermination = versionsBefore;
        beginRound();
    }

    private boolean smallImpactTermination() {
        return terminationPath && latestTriage().map(triage -> triage.impact() == ClinicalImpact.SMALL).orElse(false);
    }

    private boolean filedSinceTermination(ReportKind kind) {
        return versions.subList(versionsBeforeTermination, versions.size()).stream().anyMatch(version -> version.kind() == kind);
    }

    private void requireOwner(Caller caller, String action) {
        if (!caller.hasRole(Role.MANUFACTURER) || !caller.belongsTo(manufacturerOrganisationCode)) {
            throw new CaseAccessDeniedException(caller.userName() + " may not " + action + " on case " + caseNumber
                    + ": only manufacturers of " + manufacturerOrganisationCode + " may");
        }
    }

    private void requireOfficer(Caller caller, String action) {
        if (!caller.hasRole(Role.MINISTRY_OFFICER)) {
            throw new CaseAccessDeniedException(caller.userName() + " may not " + action + " on case " + caseNumber
                    + ": only ministry officers may");
        }
    }

    private void requireOpen(String action) {
        if (state == CLOSED) {
            throw new IllegalStateException("Case " + caseNumber + " is closed and cannot " + action);
        }
    }

    private void requireState(SupplyCaseState expected, String action) {
        requireOpen(action);
        if (state != expected) {
            throw new IllegalStateException("Case " + caseNumber + " is " + state.label(ENGLISH).toLowerCase(Locale.ROOT)
                    + ", not " + expected.label(ENGLISH).toLowerCase(Locale.ROOT) + ", and cannot " + action);
        }
    }

    // ---- reading ---------------------------------------------------------------------------------------------

    public String caseNumber() {
        return caseNumber;
    }

    public String manufacturerOrganisationCode() {
        return manufacturerOrganisationCode;
    }

    public Product product() {
        return product;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public SupplyCaseState state() {
        return state;
    }

    public boolean isOnTerminationPath() {
        return terminationPath;
    }

    /** The filed reports, oldest first. */
    public List<ReportVersion> versions() {
        return List.copyOf(versions);
    }

    public Optional<ReportVersion> latestVersion() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Optional<ReportDraft> draft() {
        return Optional.ofNullable(draft);
    }

    public List<TriageRecord> triages() {
        return List.copyOf(triages);
    }

    public Optional<TriageRecord> latestTriage() {
        return triages.isEmpty() ? Optional.empty() : Optional.of(triages.get(triages.size() - 1));
    }

    public List<SocietyConsultation> societyConsultations() {
        return List.copyOf(consultations);
    }

    public List<FurtherActionDecision> furtherActionDecisions() {
        return List.copyOf(decisions);
    }

    public Optional<ConsentDecision> consent() {
        return Optional.ofNullable(consent);
    }

    /** True only while the manufacturer's latest answer is consent. */
    public boolean mayContactAlternativeMakers() {
        return consent != null && consent.given();
    }

    public List<StockRequest> stockRequests() {
        return List.copyOf(stockRequests);
    }

    public Optional<String> associationOrganisationCode() {
        return Optional.ofNullable(associationOrganisationCode);
    }

    public List<AssociationSupport> associationSupport() {
        return List.copyOf(associationSupport);
    }

    public Optional<CloseReason> closeReason() {
        return Optional.ofNullable(closeReason);
    }

    public Optional<String> closedBy() {
        return Optional.ofNullable(closedBy);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public boolean isClosed() {
        return state == CLOSED;
    }

    // ---- persistence -----------------------------------------------------------------------------------------

    /**
     * The case's complete state, for a repository to store: what the reading methods show plus the bookkeeping
     * of the current round and of the termination path.
     */
    public Snapshot snapshot() {
        return new Snapshot(caseNumber, manufacturerOrganisationCode, product, openedAt, state, terminationPath,
                versionsBeforeTermination, triagedThisRound, consultedThisRound, versions, draft, triages, consultations,
                decisions, consent, stockRequests, associationOrganisationCode, associationSupport, closeReason, closedBy,
                closedAt);
    }

    /**
     * Rebuilds a stored case exactly as it was. The rules are not applied again: they were checked when each
     * change was made, and a later change of the rules (a field becoming required) must not make old cases
     * unreadable. Only what no stored case can look like is refused.
     */
    public static SupplyCase restore(Snapshot stored) {
        SupplyCase restored = new SupplyCase(Text.required(stored.caseNumber(), "case number"),
                Text.required(stored.manufacturerOrganisationCode(), "the manufacturer's organisation code"),
                Objects.requireNonNull(stored.product(), "product"), Objects.requireNonNull(stored.openedAt(), "openedAt"));
        for (int i = 0; i < stored.versions().size(); i++) {
            if (stored.versions().get(i).number() != i + 1) {
                throw new IllegalArgumentException("Case " + stored.caseNumber() + ": version " + (i + 1) + " is stored as "
                        + stored.versions().get(i).number());
            }
        }
        if (stored.versionsBeforeTermination() < 0 || stored.versionsBeforeTermination() > stored.versions().size()) {
            throw new IllegalArgumentException("Case " + stored.caseNumber() + ": " + stored.versionsBeforeTermination()
                    + " versions before the termination, of " + stored.versions().size());
        }
        if ((stored.state() == CLOSED) != (stored.closeReason() != null && stored.closedBy() != null && stored.closedAt() != null)) {
            throw new IllegalArgumentException("Case " + stored.caseNumber() + ": a closed case has a reason, who and when");
        }
        restored.state = Objects.requireNonNull(stored.state(), "state");
        restored.terminationPath = stored.terminationPath();
        restored.versionsBeforeTermination = stored.versionsBeforeTermination();
        restored.triagedThisRound = stored.triagedThisRound();
        restored.consultedThisRound = stored.consultedThisRound();
        restored.versions.addAll(stored.versions());
        restored.draft = stored.draft();
        restored.triages.addAll(stored.triages());
        restored.consultations.addAll(stored.societyConsultations());
        restored.decisions.addAll(stored.furtherActionDecisions());
        restored.consent = stored.consent();
        restored.stockRequests.addAll(stored.stockRequests());
        restored.associationOrganisationCode = stored.associationOrganisationCode();
        restored.associationSupport.addAll(stored.associationSupport());
        restored.closeReason = stored.closeReason();
        restored.closedBy = stored.closedBy();
        restored.closedAt = stored.closedAt();
        return restored;
    }

    /**
     * Everything a repository stores of a case (see {@link #snapshot()} and {@link #restore(Snapshot)}). Lists
     * are oldest first; absent values are {@code null}.
     *
     * @param versionsBeforeTermination how many versions were filed before the termination path began
     * @param triagedThisRound          the latest report has been triaged
     * @param consultedThisRound        the societies have been consulted on the latest report (termination path)
     */
    public record Snapshot(String caseNumber, String manufacturerOrganisationCode, Product product, Instant openedAt,
            SupplyCaseState state, boolean terminationPath, int versionsBeforeTermination, boolean triagedThisRound,
            boolean consultedThisRound, List<ReportVersion> versions, ReportDraft draft, List<TriageRecord> triages,
            List<SocietyConsultation> societyConsultations, List<FurtherActionDecision> furtherActionDecisions,
            ConsentDecision consent, List<StockRequest> stockRequests, String associationOrganisationCode,
            List<AssociationSupport> associationSupport, CloseReason closeReason, String closedBy, Instant closedAt) {

        public Snapshot {
            versions = copy(versions);
            triages = copy(triages);
            societyConsultations = copy(societyConsultations);
            furtherActionDecisions = copy(furtherActionDecisions);
            stockRequests = copy(stockRequests);
            associationSupport = copy(associationSupport);
        }

        /** The same state without the draft: what anyone but the case's manufacturer may see. */
        public Snapshot withoutDraft() {
            return new Snapshot(caseNumber, manufacturerOrganisationCode, product, openedAt, state, terminationPath,
                    versionsBeforeTermination, triagedThisRound, consultedThisRound, versions, null, triages,
                    societyConsultations, furtherActionDecisions, consent, stockRequests, associationOrganisationCode,
                    associationSupport, closeReason, closedBy, closedAt);
        }

        private static <T> List<T> copy(List<T> values) {
            return values == null ? List.of() : List.copyOf(values);
        }
    }
}

package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.OBJECT_TYPE;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.asSeenBy;
import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.isOwner;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.application.process.ProcessPositions;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.CloseReason;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseListing;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Reading supply cases, for the screens and the REST API alike: nothing here changes anything, so nothing is
 * audited. Each reader sees what the aggregate's {@link SupplyCase#isVisibleTo} lets it: a manufacturer its own
 * organisation's cases (with the draft of the next report), a ministry officer every case with a filed report, an
 * industry association the cases it was asked to support. Anything else reads as empty, exactly like a case number
 * that does not exist, so that nobody learns that another manufacturer's case exists. The public list needs no login.
 */
@Stateless
@DeclareRoles({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
public class SupplyCaseQueries {

    /** The public list is one page for both languages: "none" is said in both. */
    private static final String NO_ALTERNATIVE = Texts.text(Texts.JAPANESE, "supply.publicList.noAlternative") + " / "
            + Texts.text(Texts.ENGLISH, "supply.publicList.noAlternative");

    @Inject
    SupplyCaseRepository cases;

    @Inject
    OrganisationRepository organisations;

    @Inject
    CurrentCaller currentCaller;

    @Inject
    SupplyCaseWorkflow workflow;

    @Inject
    SupplyPublications publications;

    @Inject
    AuditRepository auditRecords;

    @Inject
    SupplyAttachments attachments;

    @Inject
    ProcessPositions positions;

    // ---- the caller's cases and steps --------------------------------------------------------------------------

    /** The most cases one page of a list holds (a screen's page, an API page). */
    public static final int MAX_PAGE_SIZE = 200;

    /**
     * One page of the cases the caller works on, filtered and ordered by the database (newest first unless the filter
     * says otherwise): a manufacturer its organisation's (drafts included), a ministry officer every case with a filed
     * report, an industry association those it was asked to support. Coverage only for ministry officers.
     *
     * @param first the position of the page's first case, 0 for the first page
     * @param size  1 to {@link #MAX_PAGE_SIZE}
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseSummary> myCases(SupplyCaseFilter filter, int first, int size) {
        if (first < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds 1 to " + MAX_PAGE_SIZE + " cases");
        }
        return cases.list(listingFor(currentCaller.require(), filter), first, size);
    }

    /** How many cases {@link #myCases(SupplyCaseFilter, int, int)} pages through. */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public long countMyCases(SupplyCaseFilter filter) {
        return cases.count(listingFor(currentCaller.require(), filter));
    }

    /**
     * Of these cases, those the caller's lists hold (one query, without coverage), newest first: what an inbox needs
     * of the cases its steps belong to. Cases the caller may not see are left out.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseSummary> listedCases(Collection<String> caseNumbers) {
        Set<String> numbers = caseNumbers.stream().filter(Objects::nonNull).collect(Collectors.toSet());
        if (numbers.isEmpty()) {
            return List.of();
        }
        SupplyCaseListing listing = listingFor(currentCaller.require(), SupplyCaseFilter.NEWEST_FIRST)
                .withCoverage(false).onlyCases(numbers);
        return cases.list(listing, 0, numbers.size());
    }

    /**
     * The steps each of these cases waits at, for those the caller's lists hold (checked in one query, not by loading
     * each case; the steps read at once): a list's page shows them beside its cases. Cases the caller may not see
     * are absent.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public Map<String, List<SupplyStep>> waitingStepsOfListed(Collection<String> caseNumbers) {
        List<String> listed = listedCases(caseNumbers).stream().map(SupplyCaseSummary::getCaseNumber).toList();
        return listed.isEmpty() ? Map.of() : workflow.stepsAt(listed);
    }

    /** The caller's scopes (as {@link SupplyCase#isVisibleTo} draws them), the filter, coverage for officers. */
    private static SupplyCaseListing listingFor(Caller caller, SupplyCaseFilter filter) {
        String organisation = caller.organisationCode().orElse(null);
        SupplyCaseFilter applied = filter == null ? SupplyCaseFilter.NEWEST_FIRST : filter;
        return SupplyCaseListing.of(caller.hasRole(Role.MINISTRY_OFFICER),
                        caller.hasRole(Role.MANUFACTURER) ? organisation : null,
                        caller.hasRole(Role.INDUSTRY_ASSOCIATION) ? organisation : null)
                .filtered(applied.productContains(), applied.state())
                .sortedBy(applied.sort(), applied.descending())
                .withCoverage(caller.hasRole(Role.MINISTRY_OFFICER));
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

    // ---- one case ----------------------------------------------------------------------------------------------

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

    /** The steps the case waits at, if the caller may see the case; empty alike for an unknown or another's case. */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<SupplyCaseWorkflow.WaitingStep> waitingSteps(String caseNumber) {
        return caseFor(caseNumber).map(found -> workflow.waitingSteps(found.caseNumber())).orElse(List.of());
    }

    /**
     * Where the case's flows stand (the flow it runs and those it called), for their diagrams, if the caller may see
     * the case; empty alike for an unknown or another's case.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<ProcessPosition> processPositions(String caseNumber) {
        return caseFor(caseNumber).map(found -> positions.ofSupplyCase(found.caseNumber())).orElse(List.of());
    }

    /** The case's own audit history, newest first, for those who may see the case (else empty). */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<AuditRecord> history(String caseNumber) {
        return caseFor(caseNumber).map(found -> auditRecords.search(new AuditSearch(null, null, OBJECT_TYPE,
                found.caseNumber(), null, null, 0, AuditSearch.MAX_PAGE))).orElse(List.of());
    }

    /**
     * The case's decisions and contributions, oldest first, as the caller may see them ({@link CaseTimeline}): all of
     * them for those who see the case, a stock answer's figures only where allowed; a maker of an alternative sees only
     * its own request and answer. Empty alike for an unknown case and one the caller has no part in.
     */
    @ReadOnly
    @RolesAllowed({Role.Names.MANUFACTURER, Role.Names.MINISTRY_OFFICER, Role.Names.INDUSTRY_ASSOCIATION})
    public List<CaseTimelineEntry> timeline(String caseNumber) {
        Caller caller = currentCaller.require();
        if (caseNumber == null || caseNumber.isBlank()) {
            return List.of();
        }
        return cases.find(caseNumber).map(found -> CaseTimeline.of(found, caller, found.isVisibleTo(caller)
                ? auditRecords.search(new AuditSearch(null, null, OBJECT_TYPE, found.caseNumber(), null, null, 0,
                        AuditSearch.MAX_PAGE))
                : List.of(), organisations::findByCode)).orElse(List.of());
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

    // ---- the public list ---------------------------------------------------------------------------------------

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
            String status = supplyCase.isClosed() ? "supply.publicList.ended" : "supply.publicList.toEnd";
            statusJa = Texts.text(Texts.JAPANESE, status);
            statusEn = Texts.text(Texts.ENGLISH, status);
        } else {
            DisruptionKind kind = latest.disruptionKind() == null ? DisruptionKind.INSTABILITY : latest.disruptionKind();
            statusJa = kind.label(Texts.JAPANESE);
            statusEn = kind.label(Texts.ENGLISH);
        }
        String alternatives = latest.alternatives().stream()
                .map(alternative -> alternative.productName()
                        + (alternative.makerName() == null ? "" : "(" + alternative.makerName() + ")"))
                .reduce((a, b) -> a + "、" + b).orElse(latest.noAlternativeAvailable() ? NO_ALTERNATIVE : "");
        Optional<Organisation> maker = showMaker
                ? organisations.findByCode(supplyCase.manufacturerOrganisationCode()) : Optional.empty();
        return new PublicSupplyNotice(supplyCase.product().name(), supplyCase.product().approvalNumber(), statusJa, statusEn,
                latest.expectedRecoveryOrEndDate(), alternatives, maker.map(Organisation::getNameJa).orElse(null),
                maker.map(Organisation::getNameEn).orElse(null));
    }
}

package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.application.supply.SupplyCaseSteps.summary;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import jp.go.mhlw.kpi.application.supply.CaseTimelineEntry.Detail;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.supply.AssociationSupport;
import jp.go.mhlw.kpi.domain.model.supply.FurtherActionDecision;
import jp.go.mhlw.kpi.domain.model.supply.SocietyConsultation;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.StockRequest;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.TriageRecord;
import jp.go.mhlw.kpi.domain.shared.Labelled;

/**
 * A case's decisions and contributions after its reports, oldest first, as one reader may see them: those who see the
 * case (ministry officers, its manufacturer, the supporting association) get every entry, but the figures of a stock
 * answer only as {@link SupplyCase#mayReadStockAnswer} allows; a maker of an alternative gets its own request and
 * answer only. What the aggregate keeps comes from it; the steps it keeps no time or author for (the manufacturer's
 * answer to MHLW's request, consent, the association's request, the public list) come from the case's audit trail.
 */
final class CaseTimeline {

    /** Said in place of an answer's figures the reader may not see. */
    private static final Labelled WITHHELD = () -> "supply.timeline.withheld";

    private final SupplyCase supplyCase;
    private final Caller reader;
    private final List<AuditRecord> history;
    private final Function<String, Optional<Organisation>> organisations;
    private final Map<String, String> organisationOfActor = new HashMap<>();
    private final List<CaseTimelineEntry> entries = new ArrayList<>();

    private CaseTimeline(SupplyCase supplyCase, Caller reader, List<AuditRecord> history,
            Function<String, Optional<Organisation>> organisations) {
        this.supplyCase = supplyCase;
        this.reader = reader;
        this.history = history;
        this.organisations = organisations;
        history.stream().filter(record -> record.getActorOrganisation() != null)
                .forEach(record -> organisationOfActor.putIfAbsent(record.getActor(), record.getActorOrganisation()));
    }

    /** The entries the reader may see, oldest first; {@code history} is the case's audit trail, in any order. */
    static List<CaseTimelineEntry> of(SupplyCase supplyCase, Caller reader, List<AuditRecord> history,
            Function<String, Optional<Organisation>> organisations) {
        return new CaseTimeline(supplyCase, reader, history, organisations).build();
    }

    private List<CaseTimelineEntry> build() {
        supplyCase.stockRequestsVisibleTo(reader).forEach(this::stockRequest);
        if (supplyCase.isVisibleTo(reader)) {
            supplyCase.triages().forEach(this::triage);
            supplyCase.societyConsultations().forEach(this::consultation);
            supplyCase.furtherActionDecisions().forEach(this::decision);
            supplyCase.associationSupport().forEach(this::support);
            history.forEach(this::fromAudit);
            supplyCase.closeReason().ifPresent(reason -> add(TimelineEvent.CLOSED, supplyCase.closedAt().orElseThrow(),
                    supplyCase.closedBy().orElseThrow(), null, List.of(new Detail(TimelineField.CLOSE_REASON, reason))));
        }
        entries.sort(Comparator.comparing(CaseTimelineEntry::at));
        return List.copyOf(entries);
    }

    private void triage(TriageRecord triage) {
        List<Detail> details = new ArrayList<>(List.of(new Detail(TimelineField.IMPACT, triage.impact()),
                new Detail(TimelineField.URGENCY, triage.urgency()), new Detail(TimelineField.SEVERITY, triage.severity())));
        optional(details, TimelineField.NOTE, triage.note());
        add(TimelineEvent.TRIAGED, triage.recordedAt(), triage.recordedBy(), null, details);
    }

    private void consultation(SocietyConsultation consultation) {
        add(TimelineEvent.SOCIETIES_CONSULTED, consultation.recordedAt(), consultation.recordedBy(), null,
                List.of(new Detail(TimelineField.SOCIETIES, consultation.societies()),
                        new Detail(TimelineField.OUTCOME, consultation.outcome())));
    }

    private void decision(FurtherActionDecision decision) {
        add(TimelineEvent.FURTHER_ACTION_DECIDED, decision.decidedAt(), decision.decidedBy(), null,
                List.of(new Detail(TimelineField.FURTHER_ACTION, decision.needed()),
                        new Detail(TimelineField.REASONS, decision.reasons())));
    }

    private void support(AssociationSupport support) {
        add(TimelineEvent.ASSOCIATION_SUPPORT_RECORDED, support.recordedAt(), support.recordedBy(),
                support.organisationCode(), List.of(new Detail(TimelineField.SUPPORT, support.whatWasDone())));
    }

    private void stockRequest(StockRequest request) {
        String maker = request.makerOrganisationCode();
        Optional<AuditRecord> sent = nearest("supply-case.stock-data-requested", request.requestedAt());
        add(TimelineEvent.STOCK_REQUESTED, request.requestedAt(), sent.map(AuditRecord::getActor).orElse(null),
                sent.map(AuditRecord::getActorOrganisation).orElse(null),
                List.of(new Detail(TimelineField.MAKER, organisationName(maker))));
        request.stockAnswer().ifPresent(answer -> {
            List<Detail> details = new ArrayList<>();
            details.add(new Detail(TimelineField.MAKER, organisationName(maker)));
            if (supplyCase.mayReadStockAnswer(reader, request)) {
                answerDetails(answer, details);
            } else {
                details.add(new Detail(TimelineField.ANSWER_WITHHELD, WITHHELD));
            }
            add(TimelineEvent.STOCK_ANSWERED, request.answeredAt(), request.answeredBy(), maker, details);
        });
    }

    private static void answerDetails(StockAnswer answer, List<Detail> details) {
        optional(details, TimelineField.STOCK_ON_HAND, answer.stockOnHand());
        optional(details, TimelineField.MONTHLY_CAPACITY, answer.additionalMonthlyCapacity());
        optional(details, TimelineField.ANSWER_NOTE, answer.note());
        details.add(new Detail(TimelineField.SHARED_WITH_REPORTER, answer.sharedWithReporter()));
    }

    /** The steps whose author and time only the audit trail keeps. */
    private void fromAudit(AuditRecord record) {
        Instant at = record.getOccurredAt().toInstant();
        String summary = record.getSummary();
        switch (record.getAction()) {
            case "supply-case.supply-continued" -> fromRecord(TimelineEvent.SUPPLY_CONTINUED, record, List.of());
            case "supply-case.termination-decided" -> fromRecord(TimelineEvent.TERMINATION_DECIDED, record, List.of());
            case "supply-case.consent-decided" -> fromRecord(TimelineEvent.CONSENT_DECIDED, record,
                    List.of(new Detail(TimelineField.CONSENT, summary.equals(summary("supply.audit.consentGiven")))));
            case "supply-case.association-support-requested" -> fromRecord(TimelineEvent.ASSOCIATION_SUPPORT_REQUESTED,
                    record, supplyCase.associationOrganisationCode()
                            .map(code -> List.of(new Detail(TimelineField.ASSOCIATION, organisationName(code))))
                            .orElse(List.of()));
            case "supply-case.published" -> fromRecord(TimelineEvent.PUBLISHED, record, List.of(new Detail(
                    TimelineField.MAKER_SHOWN, summary.equals(summary("supply.audit.publishedWithMaker")))));
            case "supply-case.publication-withdrawn" -> fromRecord(TimelineEvent.PUBLICATION_WITHDRAWN, record, List.of());
            default -> {
                // reports, drafts, attachments and reminders are on the page's other lists; the rest comes from the case
            }
        }
    }

    private void fromRecord(TimelineEvent event, AuditRecord record, List<Detail> details) {
        add(event, record.getOccurredAt().toInstant(), record.getActor(), record.getActorOrganisation(), details);
    }

    /** The audit record of the action closest in time: the change and its record are one transaction. */
    private Optional<AuditRecord> nearest(String action, Instant at) {
        return history.stream().filter(record -> record.getAction().equals(action))
                .min(Comparator.comparing(record -> Duration.between(at, record.getOccurredAt().toInstant()).abs()));
    }

    private void add(TimelineEvent event, Instant at, String actor, String organisationCode, List<Detail> details) {
        String code = organisationCode != null ? organisationCode : actor == null ? null : organisationOfActor.get(actor);
        Optional<Organisation> organisation = Optional.ofNullable(code).flatMap(organisations);
        entries.add(new CaseTimelineEntry(event, at, actor, organisation.map(Organisation::getNameJa).orElse(null),
                organisation.map(Organisation::getNameEn).orElse(null), details));
    }

    /** An organisation's name in both languages, or its code if it is not registered. */
    private Object organisationName(String code) {
        return organisations.apply(code).<Object>map(found -> new CaseTimelineEntry.Name(found.getNameJa(), found.getNameEn()))
                .orElse(code);
    }

    private static void optional(List<Detail> details, TimelineField field, Object value) {
        if (value != null) {
            details.add(new Detail(field, value));
        }
    }
}

package jp.go.mhlw.kpi.application.supply;

import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.shared.Texts;
import org.junit.jupiter.api.Test;

/** Who reads what of a case's decisions, and in which words: the case page's and the API's timeline. */
class CaseTimelineTest {

    private static final Map<String, Organisation> ORGANISATIONS = Map.of(
            "MHLW-KIKI", new Organisation("MHLW-KIKI", OrganisationKind.MINISTRY_DIVISION, "医政局医薬産業振興・医療情報企画課",
                    "Medical Device Policy Division"),
            "MAKER-A", new Organisation("MAKER-A", OrganisationKind.MANUFACTURER, "デモ医療機器株式会社A", "Demo A Co."),
            "MAKER-B", new Organisation("MAKER-B", OrganisationKind.MANUFACTURER, "デモ医療機器株式会社B", "Demo B Co."),
            "JFMDA", new Organisation("JFMDA", OrganisationKind.INDUSTRY_ASSOCIATION, "日本医療機器産業連合会", "JFMDA"));

    private final SupplyCase supplyCase = caseWithFullHistory("SC-2026-000001");

    /** What only the audit trail keeps: who decided on consent and the public list, and for which organisation. */
    private final List<AuditRecord> history = List.of(
            record(day(6), "officer1", "MHLW-KIKI", "supply-case.triaged", "トリアージ"),
            record(day(8), "maker-a", "MAKER-A", "supply-case.consent-decided", summary("supply.audit.consentGiven")),
            record(day(9), "officer1", "MHLW-KIKI", "supply-case.stock-data-requested", "照会"),
            record(day(12), "officer1", "MHLW-KIKI", "supply-case.published", summary("supply.audit.publishedWithMaker")),
            record(day(21), "maker-a", "MAKER-A", "supply-case.consent-decided", summary("supply.audit.consentRefused")));

    @Test
    void officersReadEveryDecisionWithItsValuesWhoMadeItAndForWhichOrganisation() {
        List<CaseTimelineEntry> timeline = timelineFor(OFFICER);

        assertThat(timeline).extracting(CaseTimelineEntry::event).containsExactly(TimelineEvent.TRIAGED,
                TimelineEvent.FURTHER_ACTION_DECIDED, TimelineEvent.CONSENT_DECIDED, TimelineEvent.STOCK_REQUESTED,
                TimelineEvent.STOCK_REQUESTED, TimelineEvent.STOCK_ANSWERED, TimelineEvent.ASSOCIATION_SUPPORT_RECORDED,
                TimelineEvent.PUBLISHED, TimelineEvent.TRIAGED, TimelineEvent.FURTHER_ACTION_DECIDED, TimelineEvent.TRIAGED,
                TimelineEvent.SOCIETIES_CONSULTED, TimelineEvent.FURTHER_ACTION_DECIDED, TimelineEvent.CONSENT_DECIDED,
                TimelineEvent.CLOSED);
        CaseTimelineEntry triage = timeline.get(0);
        assertThat(triage.actor()).isEqualTo("officer1");
        assertThat(triage.organisation(Texts.ENGLISH)).isEqualTo("Medical Device Policy Division");
        assertThat(details(triage, Texts.ENGLISH)).containsExactly(Map.entry("IMPACT", "Large"), Map.entry("URGENCY", "High"),
                Map.entry("SEVERITY", "Medium"), Map.entry("NOTE", "在庫2.5か月"));
        assertThat(details(timeline.get(11), Texts.JAPANESE)).containsExactly(Map.entry("SOCIETIES", "日本循環器学会"),
                Map.entry("OUTCOME", "代替品で対応可能との見解"));
        assertThat(details(timeline.get(6), Texts.JAPANESE)).containsExactly(Map.entry("SUPPORT", "会員企業へ代替品の情報提供を依頼"));
        assertThat(timeline.get(6).organisation(Texts.JAPANESE)).isEqualTo("日本医療機器産業連合会");
        assertThat(details(timeline.get(13), Texts.ENGLISH)).containsExactly(Map.entry("CONSENT", "No"));
        assertThat(details(timeline.get(7), Texts.ENGLISH)).containsExactly(Map.entry("MAKER_SHOWN", "Yes"));
        assertThat(timeline.get(14).actor()).isEqualTo("officer1");
        assertThat(details(timeline.get(14), Texts.JAPANESE)).containsExactly(Map.entry("CLOSE_REASON", "供給終了"));
    }

    @Test
    void aMakerOfAnAlternativeReadsItsOwnRequestAndAnswerOnly() {
        List<CaseTimelineEntry> timeline = timelineFor(MAKER_B);

        assertThat(timeline).extracting(CaseTimelineEntry::event).containsExactly(TimelineEvent.STOCK_REQUESTED,
                TimelineEvent.STOCK_ANSWERED);
        assertThat(timeline).allSatisfy(entry -> assertThat(details(entry, Texts.JAPANESE)).containsEntry("MAKER",
                "デモ医療機器株式会社B"));
        assertThat(details(timeline.get(1), Texts.JAPANESE)).containsEntry("STOCK_ON_HAND", "5,000");
        assertThat(timelineFor(caller("maker-c", Role.MANUFACTURER, "MAKER-C")))
                .as("MAKER-C never answered: it sees its request").extracting(CaseTimelineEntry::event)
                .containsExactly(TimelineEvent.STOCK_REQUESTED);
        assertThat(timelineFor(caller("maker-x", Role.MANUFACTURER, "MAKER-X"))).isEmpty();
    }

    @Test
    void theReportingMakerAndTheAssociationReadAnAnswerItsMakerAgreedToShare() {
        for (var reader : List.of(MAKER_A, ASSOCIATION)) {
            assertThat(timelineFor(reader)).filteredOn(entry -> entry.event() == TimelineEvent.STOCK_ANSWERED)
                    .singleElement().satisfies(answer -> assertThat(details(answer, Texts.JAPANESE))
                            .containsEntry("STOCK_ON_HAND", "5,000").containsEntry("MONTHLY_CAPACITY", "800")
                            .doesNotContainKey("ANSWER_WITHHELD"));
        }
    }

    @Test
    void theMakersAnswerToMhlwsRequestAndTheAssociationsRequestComeFromTheAuditTrail() {
        List<AuditRecord> steps = List.of(
                record(day(7), "maker-a", "MAKER-A", "supply-case.supply-continued", summary("supply.audit.supplyContinued")),
                record(day(10), "officer1", "MHLW-KIKI", "supply-case.association-support-requested", "依頼: JFMDA"),
                record(day(16), "maker-a", "MAKER-A", "supply-case.termination-decided", "供給終了を決定"),
                record(day(16), "maker-a", "MAKER-A", "supply-case.draft-saved", "下書きを保存"));

        List<CaseTimelineEntry> timeline = CaseTimeline.of(supplyCase, ASSOCIATION, steps,
                code -> Optional.ofNullable(ORGANISATIONS.get(code)));

        assertThat(timeline).filteredOn(entry -> entry.actor() != null && entry.actor().equals("maker-a"))
                .extracting(CaseTimelineEntry::event, entry -> entry.organisation(Texts.ENGLISH))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(TimelineEvent.SUPPLY_CONTINUED, "Demo A Co."),
                        org.assertj.core.groups.Tuple.tuple(TimelineEvent.TERMINATION_DECIDED, "Demo A Co."));
        assertThat(timeline).filteredOn(entry -> entry.event() == TimelineEvent.ASSOCIATION_SUPPORT_REQUESTED)
                .singleElement().satisfies(request -> assertThat(details(request, Texts.JAPANESE))
                        .containsExactly(Map.entry("ASSOCIATION", "日本医療機器産業連合会")));
    }

    private List<CaseTimelineEntry> timelineFor(jp.go.mhlw.kpi.domain.model.security.Caller reader) {
        return CaseTimeline.of(supplyCase, reader, history, code -> Optional.ofNullable(ORGANISATIONS.get(code)));
    }

    private static Map<String, String> details(CaseTimelineEntry entry, java.util.Locale locale) {
        return entry.details().stream().collect(Collectors.toMap(detail -> detail.field().name(),
                detail -> detail.text(locale), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static String summary(String key) {
        return Texts.text(Texts.JAPANESE, key);
    }

    private static AuditRecord record(Instant at, String actor, String organisation, String action, String summary) {
        return AuditRecord.of(at.plusMillis(5).atOffset(ZoneOffset.ofHours(9)), actor, organisation,
                AuditEntry.of(action, "supply-case", "SC-2026-000001", "MAKER-A", summary));
    }
}

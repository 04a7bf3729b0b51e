package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionReference;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionSource;
import jp.go.mhlw.kpi.domain.model.submission.ChangeThresholds;
import jp.go.mhlw.kpi.domain.model.submission.HubReportContent;
import jp.go.mhlw.kpi.domain.model.submission.LastYear;
import jp.go.mhlw.kpi.domain.model.submission.ReviewDecision;
import jp.go.mhlw.kpi.domain.model.submission.Submission;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionContent;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionFixtures;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionRepository.ApprovedVersion;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionValidator;
import jp.go.mhlw.kpi.domain.model.submission.SubmissionVersion;
import jp.go.mhlw.kpi.domain.model.submission.ValidationResult;
import org.junit.jupiter.api.Test;

/** Submissions through EclipseLink on H2 (and PostgreSQL, where the versions' append-only guard lives). */
class JpaSubmissionRepositoryTest extends JpaTestSupport {

    private static final long R4_CYCLE = 1;
    private static final long R5_CYCLE = 2;
    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

    @Test
    void draftVersionsAndReviewsAreStoredAndEveryVersionStaysReadable() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        Submission submission = Submission.start(501, R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        submission.saveDraft(HubReportContent.empty(), "hub-hiroshima", NOW);
        repository.store(submission);
        flushAndClear();

        Submission loaded = repository.findByRequest(501).orElseThrow();
        assertThat(loaded.draft()).contains(HubReportContent.empty());
        assertThat(loaded.versions()).isEmpty();

        HubReportContent first = SubmissionFixtures.hubReport(44, 70);
        loaded.submit(first, valid(first), Map.of(), "hub-hiroshima", NOW.plusSeconds(60));
        repository.store(loaded);
        loaded.review(ReviewDecision.RETURNED, "臨床の件数を確認してください", "officer1", NOW.plusSeconds(120));
        repository.store(loaded);
        flushAndClear();

        Submission returned = repository.findByRequest(501).orElseThrow();
        assertThat(returned.isWithReporter()).isTrue();
        HubReportContent second = SubmissionFixtures.hubReport(45, 70);
        returned.submit(second, valid(second), Map.of(), "hub-hiroshima", NOW.plusSeconds(180));
        returned.review(ReviewDecision.APPROVED, null, "officer1", NOW.plusSeconds(240));
        repository.store(returned);
        flushAndClear();

        Submission approved = repository.findByRequest(501).orElseThrow();
        assertThat(approved.versions()).extracting(SubmissionVersion::number, SubmissionVersion::content,
                        version -> version.review().orElseThrow().decision())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, first, ReviewDecision.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(2, second, ReviewDecision.APPROVED));
        assertThat(approved.versions().get(0).review().orElseThrow().comment()).isEqualTo("臨床の件数を確認してください");
        assertThat(approved.versions().get(0).submittedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(approved.isWithReporter()).isFalse();

        List<ApprovedVersion> approvedInR5 = repository.approved(R5_CYCLE, SubmissionKind.HUB_REPORT);
        assertThat(approvedInR5).extracting(ApprovedVersion::versionId, ApprovedVersion::organisationCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(approved.versions().get(1).id(), "HUB-HIROSHIMA"));
        assertThat(repository.approved(R4_CYCLE, SubmissionKind.HUB_REPORT)).isEmpty();
    }

    @Test
    void aCorrectedVersionOnceApprovedIsTheOneTheAggregationReadsAndTheEarlierStaysStoredAsSuperseded() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        Submission submission = Submission.start(601, R5_CYCLE, "HUB-HOKKAIDO", SubmissionKind.HUB_REPORT);
        HubReportContent first = SubmissionFixtures.hubReport(44, 70);
        submission.submit(first, valid(first), Map.of(), "hub-hokkaido", NOW);
        submission.review(ReviewDecision.APPROVED, null, "officer1", NOW.plusSeconds(60));
        repository.store(submission);
        flushAndClear();

        Submission reopened = repository.findByRequest(601).orElseThrow();
        reopened.reopenForCorrection("共同研究の件数に誤り", "secretariat1", NOW.plusSeconds(120));
        repository.store(reopened);
        flushAndClear();

        Submission correcting = repository.findByRequest(601).orElseThrow();
        assertThat(correcting.isWithReporter()).as("the reopening is stored").isTrue();
        assertThat(correcting.reopening()).get().extracting(Submission.Reopening::reason, Submission.Reopening::by)
                .containsExactly("共同研究の件数に誤り", "secretariat1");
        HubReportContent corrected = SubmissionFixtures.hubReport(46, 70);
        correcting.submit(corrected, valid(corrected), Map.of(), "hub-hokkaido", NOW.plusSeconds(180));
        repository.store(correcting);
        flushAndClear();
        assertThat(repository.approved(R5_CYCLE, SubmissionKind.HUB_REPORT))
                .as("while the correction waits for review, the approved version still counts")
                .extracting(ApprovedVersion::content).containsExactly(first);

        Submission waiting = repository.findByRequest(601).orElseThrow();
        assertThat(waiting.reopening()).isEmpty();
        waiting.review(ReviewDecision.APPROVED, null, "officer1", NOW.plusSeconds(240));
        repository.store(waiting);
        flushAndClear();

        Submission approved = repository.findByRequest(601).orElseThrow();
        assertThat(approved.versions()).extracting(SubmissionVersion::content).containsExactly(first, corrected);
        assertThat(approved.isSuperseded(approved.versions().get(0))).isTrue();
        assertThat(approved.isSuperseded(approved.versions().get(1))).isFalse();
        assertThat(approved.approvedVersion()).get().extracting(SubmissionVersion::number).isEqualTo(2);
        assertThat(repository.approved(R5_CYCLE, SubmissionKind.HUB_REPORT))
                .extracting(ApprovedVersion::versionId, ApprovedVersion::content)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(approved.versions().get(1).id(), corrected));
    }

    @Test
    void everyTemplateRoundTripsWithItsWarningsAndJustifications() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        long request = 600;
        for (SubmissionContent content : List.of(SubmissionFixtures.hubReport(), SubmissionFixtures.themes(),
                SubmissionFixtures.survey(), SubmissionFixtures.ministryReport())) {
            Submission submission = Submission.start(++request, R5_CYCLE, "HUB-HIROSHIMA", content.kind());
            ValidationResult result = new SubmissionValidator(ChangeThresholds.DEFAULT).validate(content,
                    SubmissionFixtures.R5, Optional.of(new LastYear(SubmissionFixtures.R5, content)));
            submission.submit(content, result, Map.of(), "someone", NOW);
            repository.store(submission);
        }
        flushAndClear();
        assertThat(repository.findByRequest(601).orElseThrow().versions().get(0).content())
                .isEqualTo(SubmissionFixtures.hubReport());
        assertThat(repository.findByRequest(602).orElseThrow().versions().get(0).content())
                .isEqualTo(SubmissionFixtures.themes());
        assertThat(repository.findByRequest(603).orElseThrow().versions().get(0).content())
                .isEqualTo(SubmissionFixtures.survey());
        assertThat(repository.findByRequest(604).orElseThrow().versions().get(0).content())
                .isEqualTo(SubmissionFixtures.ministryReport());
    }

    @Test
    void lastYearIsThePreviousCyclesApprovedSubmissionWithThatCyclesNormalisation() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        HubReportContent r4 = SubmissionFixtures.hubReport(30, 140);
        Submission inR4 = Submission.start(701, R4_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        inR4.submit(r4, valid(r4), Map.of(), "hub-hiroshima", NOW);
        repository.store(inR4);
        assertThat(repository.lastYear(R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT))
                .as("not approved yet").isEmpty();
        inR4.review(ReviewDecision.APPROVED, null, "officer1", NOW);
        repository.store(inR4);
        flushAndClear();

        LastYear lastYear = repository.lastYear(R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT).orElseThrow();
        assertThat(lastYear.content()).isEqualTo(r4);
        assertThat(lastYear.period().factorText()).isEqualTo("1/2");
        assertThat(repository.lastYear(R5_CYCLE, "HUB-HOKKAIDO", SubmissionKind.HUB_REPORT)).isEmpty();
        assertThat(repository.lastYear(R4_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT)).isEmpty();
        assertThat(repository.normalisationOf(R5_CYCLE).orElseThrow().cycle()).isEqualTo("R5");
    }

    @Test
    void aKpiValuesSubmissionsAreNamedByRequestVersionAndBodyInOneQuery() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        HubReportContent content = SubmissionFixtures.hubReport(44, 70);
        Submission hiroshima = Submission.start(901, R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        hiroshima.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW);
        hiroshima.review(ReviewDecision.RETURNED, "確認してください", "officer1", NOW.plusSeconds(60));
        hiroshima.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW.plusSeconds(120));
        Submission hokkaido = Submission.start(902, R5_CYCLE, "HUB-HOKKAIDO", SubmissionKind.HUB_REPORT);
        hokkaido.submit(content, valid(content), Map.of(), "hub-hokkaido", NOW);
        repository.store(hiroshima);
        repository.store(hokkaido);
        flushAndClear();
        SubmissionReference hiroshimaV2 = SubmissionReference.of(SubmissionKind.HUB_REPORT,
                repository.findByRequest(901).orElseThrow().versions().get(1).id());
        SubmissionReference hokkaidoV1 = SubmissionReference.of(SubmissionKind.HUB_REPORT,
                repository.findByRequest(902).orElseThrow().versions().get(0).id());
        SubmissionReference adoptedAsPrinted = SubmissionReference.of(SubmissionKind.HUB_REPORT, 999_999);
        SubmissionReference otherKind = SubmissionReference.of(SubmissionKind.MEMBER_SURVEY, hokkaidoV1.getSubmissionId());
        flushAndClear();

        List<String> statements = new java.util.ArrayList<>();
        // the statements go through the session of the transaction's unit of work
        var events = entityManager.unwrap(org.eclipse.persistence.sessions.UnitOfWork.class).getParent()
                .getEventManager();
        var counting = new org.eclipse.persistence.sessions.SessionEventAdapter() {
            @Override
            public void postExecuteCall(org.eclipse.persistence.sessions.SessionEvent event) {
                statements.add(String.valueOf(event.getCall()));
            }
        };
        events.addListener(counting);
        Map<SubmissionReference, SubmissionSource> found;
        try {
            found = new JpaSubmissionSources(entityManager)
                    .resolve(List.of(hiroshimaV2, hokkaidoV1, adoptedAsPrinted, otherKind));
        } finally {
            events.removeListener(counting);
        }

        assertThat(statements).hasSize(1);
        assertThat(found).containsOnlyKeys(hiroshimaV2, hokkaidoV1);
        assertThat(found.get(hiroshimaV2)).extracting(SubmissionSource::requestId, SubmissionSource::versionNumber,
                SubmissionSource::organisationCode).containsExactly(901L, 2, "HUB-HIROSHIMA");
        assertThat(found.get(hiroshimaV2).organisationNameJa()).isEqualTo("広島大学");
        assertThat(found.get(hokkaidoV1).requestId()).isEqualTo(902L);
    }

    @Test
    void aKpiValuesSubmissionsArePagedByRequestNumberAndVersion() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        HubReportContent content = SubmissionFixtures.hubReport(44, 70);
        Submission hiroshima = Submission.start(912, R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        hiroshima.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW);
        hiroshima.review(ReviewDecision.RETURNED, "確認してください", "officer1", NOW.plusSeconds(60));
        hiroshima.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW.plusSeconds(120));
        Submission hokkaido = Submission.start(911, R5_CYCLE, "HUB-HOKKAIDO", SubmissionKind.HUB_REPORT);
        hokkaido.submit(content, valid(content), Map.of(), "hub-hokkaido", NOW);
        repository.store(hiroshima);
        repository.store(hokkaido);
        flushAndClear();
        List<SubmissionVersion> hiroshimaVersions = repository.findByRequest(912).orElseThrow().versions();
        SubmissionReference hiroshimaV1 = SubmissionReference.of(SubmissionKind.HUB_REPORT, hiroshimaVersions.get(0).id());
        SubmissionReference hiroshimaV2 = SubmissionReference.of(SubmissionKind.HUB_REPORT, hiroshimaVersions.get(1).id());
        SubmissionReference hokkaidoV1 = SubmissionReference.of(SubmissionKind.HUB_REPORT,
                repository.findByRequest(911).orElseThrow().versions().get(0).id());
        SubmissionReference notStored = SubmissionReference.of(SubmissionKind.HUB_REPORT, 999_999);
        var cycle = cycles().find("PLAN-2", jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear.of(2023)).orElseThrow();
        var kpi = basicPlans().findKpi("PLAN-2", "G3-HUB-COOPERATION").orElseThrow();
        var value = kpiValues().store(new jp.go.mhlw.kpi.domain.model.lineage.KpiValue(cycle, kpi,
                jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown.TOTAL,
                jp.go.mhlw.kpi.domain.computation.KpiFigure.count("hub cooperation R5", "Σ over hubs", 114),
                List.of(hiroshimaV2, notStored, hokkaidoV1, hiroshimaV1)));
        flushAndClear();
        long id = value.getId();

        assertThat(kpiValues().findById(id).orElseThrow().getInputCount()).isEqualTo(4);
        // the stored versions by request number, then version: Hokkaido's request 911, then Hiroshima's two
        JpaSubmissionSources sources = new JpaSubmissionSources(entityManager);
        assertThat(sources.sourcesOf(id, 0, 2)).extracting(SubmissionSource::reference)
                .containsExactly(hokkaidoV1, hiroshimaV1);
        assertThat(sources.sourcesOf(id, 2, 2)).extracting(SubmissionSource::reference, SubmissionSource::requestId,
                SubmissionSource::versionNumber, SubmissionSource::organisationNameJa)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(hiroshimaV2, 912L, 2, "広島大学"));
        assertThat(sources.sourcesOf(id, 4, 2)).isEmpty();
        assertThat(sources.unresolvedOf(id, 10)).containsExactly(notStored);
        assertThat(sources.unresolvedOf(id, 0)).isEmpty();
    }

    @Test
    void aStoredVersionIsNeverRewrittenByTheApplication() {
        JpaSubmissionRepository repository = new JpaSubmissionRepository(entityManager);
        HubReportContent content = SubmissionFixtures.hubReport();
        Submission submission = Submission.start(801, R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
        submission.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW);
        repository.store(submission);
        // storing again (e.g. after a review) writes no version row twice and changes none
        submission.review(ReviewDecision.RETURNED, "再確認", "officer1", NOW);
        repository.store(submission);
        repository.store(submission);
        flushAndClear();
        Number rows = (Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM submission_version v JOIN submission s ON v.submission_id = s.id"
                        + " WHERE s.request_id = 801").getSingleResult();
        Number reviews = (Number) entityManager.createNativeQuery(
                "SELECT COUNT(*) FROM submission_review r JOIN submission_version v ON r.version_id = v.id"
                        + " JOIN submission s ON v.submission_id = s.id WHERE s.request_id = 801").getSingleResult();
        assertThat(rows.intValue()).isEqualTo(1);
        assertThat(reviews.intValue()).isEqualTo(1);
    }

    @Test
    void onPostgreSqlSubmittedVersionsAndReviewsCannotBeChangedOrRemoved() throws SQLException {
        try (TestDatabase database = TestDatabase.postgres()) {
            database.migrate(DatabaseSchema.locations("PostgreSQL", false).toArray(String[]::new));
            EntityManagerFactory factory = Persistence.createEntityManagerFactory("kpi-test", Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.user", database.user(),
                    "jakarta.persistence.jdbc.driver", "org.postgresql.Driver"));
            try {
                EntityManager manager = factory.createEntityManager();
                manager.getTransaction().begin();
                JpaSubmissionRepository repository = new JpaSubmissionRepository(manager);
                HubReportContent content = SubmissionFixtures.hubReport();
                Submission submission = Submission.start(901, R5_CYCLE, "HUB-HIROSHIMA", SubmissionKind.HUB_REPORT);
                submission.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW);
                submission.review(ReviewDecision.RETURNED, "再確認", "officer1", NOW);
                repository.store(submission);
                submission.submit(content, valid(content), Map.of(), "hub-hiroshima", NOW);
                repository.store(submission);
                manager.getTransaction().commit();
                manager.close();
            } finally {
                factory.close();
            }
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                assertThatThrownBy(() -> statement.execute("UPDATE submission_version SET content = '{}'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("DELETE FROM submission_version"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("UPDATE submission_review SET review_comment = 'x'"))
                        .hasMessageContaining("append-only");
                assertThatThrownBy(() -> statement.execute("TRUNCATE submission_review, submission_version"))
                        .hasMessageContaining("append-only");
                // the draft stays the reporter's to change
                statement.execute("UPDATE submission SET draft_saved_by = 'hub-hiroshima' WHERE request_id = 901");
                try (var rows = statement.executeQuery("SELECT COUNT(*) FROM submission_version")) {
                    rows.next();
                    assertThat(rows.getInt(1)).isEqualTo(2);
                }
            }
        }
    }

    private static ValidationResult valid(SubmissionContent content) {
        ValidationResult result = new SubmissionValidator(ChangeThresholds.DEFAULT).validate(content,
                SubmissionFixtures.R5, Optional.empty());
        assertThat(result.errors()).isEmpty();
        return result;
    }
}

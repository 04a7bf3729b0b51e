package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.model.cycle.FollowUpCycle;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.lineage.SubmissionKind;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestListing;
import jp.go.mhlw.kpi.domain.model.request.RequestSort;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.request.RequestTally;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A cycle's requests as the dashboard reads them, through JPA on both databases (H2, and a scratch PostgreSQL
 * database when the local server is reachable), each migrated by Flyway: the database filters, orders, counts and
 * pages the list, and counts the figures per template and state.
 */
class JpaReportRequestListTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnH2 extends Contract {
        @Override
        TestDatabase createDatabase() {
            return TestDatabase.h2();
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class OnPostgreSql extends Contract {
        @Override
        TestDatabase createDatabase() {
            return TestDatabase.postgres();
        }
    }

    abstract static class Contract {

        private static final LocalDate DUE = LocalDate.of(2030, 5, 31);
        private static final LocalDate TODAY = LocalDate.of(2030, 6, 5);
        private static final Instant OPENED = Instant.parse("2030-04-10T01:00:00Z");
        /** The last second of the due date in Japan, and the first one after it. */
        private static final Instant LAST_SECOND = Instant.parse("2030-05-31T14:59:59Z");
        private static final Instant TOO_LATE = Instant.parse("2030-05-31T15:00:00Z");

        private TestDatabase database;
        private EntityManagerFactory factory;
        private long cycleId;
        private long nextCycleId;

        abstract TestDatabase createDatabase();

        @BeforeAll
        void openDatabase() {
            database = createDatabase();
            database.migrate(TestDatabase.REFERENCE_DATA);
            factory = Persistence.createEntityManagerFactory("kpi-test", Map.of(
                    "jakarta.persistence.jdbc.url", database.url(),
                    "jakarta.persistence.jdbc.driver", database.isPostgres() ? "org.postgresql.Driver" : "org.h2.Driver",
                    "jakarta.persistence.jdbc.user", database.user()));
            inTransaction(entityManager -> {
                JpaFollowUpCycleRepository cycles = new JpaFollowUpCycleRepository(entityManager);
                JpaBasicPlanRepository plans = new JpaBasicPlanRepository(entityManager);
                FollowUpCycle cycle = cycles.store(FollowUpCycle.forFiscalYear(plans.findByCode("PLAN-2").orElseThrow(),
                        JapaneseFiscalYear.of(2029)));
                FollowUpCycle next = cycles.store(FollowUpCycle.forFiscalYear(plans.findByCode("PLAN-2").orElseThrow(),
                        JapaneseFiscalYear.of(2030)));
                // each in another state; stored out of the list's order
                ask(entityManager, cycle, "JFMDA-SURVEY", request -> request.close("回答なし", OPENED.plusSeconds(9)));
                ask(entityManager, cycle, "HUB-KYOTO", request -> request.saveDraft(OPENED.plusSeconds(5)));
                ask(entityManager, cycle, "AMED", request -> request.submit(LAST_SECOND));
                ask(entityManager, cycle, "HUB-HIROSHIMA", request -> {
                    request.submit(TOO_LATE);
                    request.approve(TOO_LATE.plusSeconds(60));
                });
                ask(entityManager, cycle, "HUB-HOKKAIDO", request -> request.extendDue(DUE.plusDays(30)));
                ask(entityManager, cycle, "MHLW-KIKI", request -> {
                    request.submit(OPENED.plusSeconds(60));
                    request.approve(OPENED.plusSeconds(120));
                    request.reopenForCorrection("件数の訂正", OPENED.plusSeconds(180));
                });
                ask(entityManager, cycle, "HUB-KOBE", request -> {
                    request.submit(OPENED.plusSeconds(60));
                    request.returnToReporter("確認してください", OPENED.plusSeconds(120));
                });
                ask(entityManager, next, "HUB-HIROSHIMA", request -> { });
                cycleId = cycle.getId();
                nextCycleId = next.getId();
                return null;
            });
        }

        private static void ask(EntityManager entityManager, FollowUpCycle cycle, String code,
                Consumer<ReportRequest> then) {
            ReportRequest request = new ReportRequest(cycle, new JpaOrganisationRepository(entityManager)
                    .findByCode(code).orElseThrow(), DUE, OPENED);
            then.accept(request);
            new JpaReportRequestRepository(entityManager).store(request);
        }

        @AfterAll
        void closeDatabase() throws SQLException {
            if (factory != null) {
                factory.close();
            }
            if (database != null) {
                database.close();
            }
        }

        @Test
        void theCyclesBodiesAreReadAPageAtATimeByKindAndCodeWithoutOverlapOrGap() {
            assertThat(codes(RequestListing.ALL, 0, 3)).containsExactly("AMED", "HUB-HIROSHIMA", "HUB-HOKKAIDO");
            assertThat(codes(RequestListing.ALL, 3, 3)).containsExactly("HUB-KOBE", "HUB-KYOTO", "MHLW-KIKI");
            assertThat(codes(RequestListing.ALL, 6, 3)).containsExactly("JFMDA-SURVEY");
            assertThat(codes(RequestListing.ALL, 9, 3)).isEmpty();
            assertThat(count(RequestListing.ALL)).isEqualTo(7);
        }

        @Test
        void everySortableColumnIsOrderedByTheDatabaseEqualsKeepingTheListsOrder() {
            // the states in the order a request goes through them, not by their names
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.STATE, false), 0, 10)).containsExactly(
                    "HUB-HOKKAIDO", "HUB-KYOTO", "AMED", "HUB-KOBE", "HUB-HIROSHIMA", "MHLW-KIKI", "JFMDA-SURVEY");
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.STATE, true), 0, 10)).containsExactly(
                    "JFMDA-SURVEY", "MHLW-KIKI", "HUB-HIROSHIMA", "HUB-KOBE", "AMED", "HUB-KYOTO", "HUB-HOKKAIDO");
            // reversed, equal deadlines stay in the list's order
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.DUE, true), 0, 10)).containsExactly(
                    "HUB-HOKKAIDO", "AMED", "HUB-HIROSHIMA", "HUB-KOBE", "HUB-KYOTO", "MHLW-KIKI", "JFMDA-SURVEY");
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.DUE, true), 1, 2)).containsExactly(
                    "AMED", "HUB-HIROSHIMA");
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.CODE, true), 0, 10)).containsExactly(
                    "MHLW-KIKI", "JFMDA-SURVEY", "HUB-KYOTO", "HUB-KOBE", "HUB-HOKKAIDO", "HUB-HIROSHIMA", "AMED");
            assertThat(codes(RequestListing.ALL.sortedBy(RequestSort.KIND, false), 0, 10)).containsExactly(
                    "AMED", "HUB-HIROSHIMA", "HUB-HOKKAIDO", "HUB-KOBE", "HUB-KYOTO", "JFMDA-SURVEY", "MHLW-KIKI");
        }

        @Test
        void theDatabaseFiltersByKindStateOverdueAndPartOfTheBodysCodeOrNames() {
            RequestListing overdue = RequestListing.ALL.overdueOnly(true);
            // open and past the due date: not the approved, closed or reopened ones, nor the one given more time
            assertThat(codes(overdue, 0, 10)).containsExactly("AMED", "HUB-KOBE", "HUB-KYOTO");
            assertThat(count(overdue)).isEqualTo(3);
            assertThat(codes(overdue.ofKind(SubmissionKind.HUB_REPORT), 0, 10)).containsExactly("HUB-KOBE", "HUB-KYOTO");
            assertThat(count(overdue.ofKind(SubmissionKind.HUB_REPORT))).isEqualTo(2);
            assertThat(codes(RequestListing.ALL.inStates(Set.of(RequestState.APPROVED, RequestState.CLOSED)), 0, 10))
                    .containsExactly("HUB-HIROSHIMA", "JFMDA-SURVEY");
            // case ignored, either name or the code; LIKE's wildcards taken as they are
            assertThat(codes(RequestListing.ALL.bodyNamed(" KYOTO univ"), 0, 10)).containsExactly("HUB-KYOTO");
            assertThat(codes(RequestListing.ALL.bodyNamed("京都大学"), 0, 10)).containsExactly("HUB-KYOTO");
            assertThat(codes(RequestListing.ALL.bodyNamed("hub-ko"), 0, 10)).containsExactly("HUB-KOBE");
            assertThat(count(RequestListing.ALL.bodyNamed("hub-"))).isEqualTo(4);
            assertThat(codes(RequestListing.ALL.bodyNamed("hub_"), 0, 10)).isEmpty();
            assertThat(count(RequestListing.ALL.bodyNamed("%"))).isZero();
        }

        @Test
        void theFiguresAreCountedPerTemplateAndStateInTheListsOrderOfKinds() {
            List<RequestTally> tallies = tally(cycleId);

            // submitted in the last second of the due date in Japan is on time, a second later is not
            assertThat(tallies).extracting(RequestTally::kind, RequestTally::state, RequestTally::requests,
                    RequestTally::pastDue, RequestTally::onTime).containsExactly(
                    tuple(SubmissionKind.AMED_THEME_REPORT, RequestState.SUBMITTED, 1L, 1L, 1L),
                    tuple(SubmissionKind.HUB_REPORT, RequestState.APPROVED, 1L, 1L, 0L),
                    tuple(SubmissionKind.HUB_REPORT, RequestState.DRAFT, 1L, 1L, 0L),
                    tuple(SubmissionKind.HUB_REPORT, RequestState.NOT_STARTED, 1L, 0L, 0L),
                    tuple(SubmissionKind.HUB_REPORT, RequestState.RETURNED, 1L, 1L, 1L),
                    tuple(SubmissionKind.MINISTRY_PROGRESS_REPORT, RequestState.REOPENED, 1L, 1L, 1L),
                    tuple(SubmissionKind.MEMBER_SURVEY, RequestState.CLOSED, 1L, 1L, 0L));
            assertThat(tallies.stream().mapToLong(RequestTally::overdue).sum()).isEqualTo(count(
                    RequestListing.ALL.overdueOnly(true)));
            assertThat(tally(nextCycleId)).extracting(RequestTally::requests).containsExactly(1L);
        }

        @Test
        void eachRequestReadAgainKnowsWhetherItWasOnTime() {
            List<String> onTime = inTransaction(entityManager -> new JpaReportRequestRepository(entityManager)
                    .list(cycleId, RequestListing.ALL, TODAY, 0, 10).stream()
                    .map(request -> request.getOrganisationCode() + " " + request.wasSubmittedOnTime()).toList());
            assertThat(onTime).containsExactly("AMED true", "HUB-HIROSHIMA false", "HUB-HOKKAIDO false", "HUB-KOBE true",
                            "HUB-KYOTO false", "MHLW-KIKI true", "JFMDA-SURVEY false");
        }

        private List<String> codes(RequestListing listing, int first, int max) {
            return inTransaction(entityManager -> new JpaReportRequestRepository(entityManager)
                    .list(cycleId, listing, TODAY, first, max).stream().map(ReportRequest::getOrganisationCode).toList());
        }

        private List<RequestTally> tally(long cycle) {
            return inTransaction(entityManager -> new JpaReportRequestRepository(entityManager).tally(cycle, TODAY));
        }

        private long count(RequestListing listing) {
            return inTransaction(entityManager -> new JpaReportRequestRepository(entityManager)
                    .count(cycleId, listing, TODAY));
        }

        private <T> T inTransaction(Function<EntityManager, T> work) {
            EntityManager entityManager = factory.createEntityManager();
            try {
                entityManager.getTransaction().begin();
                T result = work.apply(entityManager);
                entityManager.getTransaction().commit();
                return result;
            } finally {
                if (entityManager.getTransaction().isActive()) {
                    entityManager.getTransaction().rollback();
                }
                entityManager.close();
            }
        }
    }
}

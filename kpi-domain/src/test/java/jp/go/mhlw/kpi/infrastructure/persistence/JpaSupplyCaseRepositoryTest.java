package jp.go.mhlw.kpi.infrastructure.persistence;

import static jp.go.mhlw.kpi.infrastructure.persistence.SupplyCaseFixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.Persistence;
import java.lang.reflect.Field;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import jp.go.mhlw.kpi.application.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Supply cases through JPA on both databases (H2 in its default mode, and a scratch PostgreSQL database when the
 * local server is reachable), each migrated by Flyway. Every test commits, as the application does, and works on
 * case numbers of its own.
 */
class JpaSupplyCaseRepositoryTest {

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

        private TestDatabase database;
        private EntityManagerFactory factory;

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
                registerDemoManufacturers(entityManager);
                return null;
            });
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
        void caseNumbersAreUniqueConsecutiveAndCarryTheYearInJapan() {
            List<String> numbers = inTransaction(entityManager -> {
                JpaSupplyCaseRepository repository = new JpaSupplyCaseRepository(entityManager);
                return List.of(repository.nextCaseNumber(T0), repository.nextCaseNumber(T0),
                        repository.nextCaseNumber(Instant.parse("2026-12-31T15:00:00Z")));
            });

            assertThat(numbers.get(0)).matches("SC-2026-\\d{6}");
            assertThat(serial(numbers.get(1))).isEqualTo(serial(numbers.get(0)) + 1);
            // 2026-12-31 15:00 UTC is already 2027-01-01 in Japan
            assertThat(numbers.get(2)).startsWith("SC-2027-");
            assertThat(JpaSupplyCaseRepository.caseNumber(T0, 1_234_567)).isEqualTo("SC-2026-1234567");
            assertThat(JpaSupplyCaseRepository.caseNumber(T0, 123)).isEqualTo("SC-2026-000123");
        }

        @Test
        void aCaseWithItsWholeHistoryIsReadBackAsItWasStored() {
            String number = newCaseNumber();
            SupplyCase original = caseWithFullHistory(number);

            run(repository -> repository.store(caseWithFullHistory(number)));
            SupplyCase read = inRepository(repository -> repository.find(number)).orElseThrow();

            assertThat(read.snapshot()).isEqualTo(original.snapshot());
            assertThat(read.versions()).hasSize(6);
            assertThat(read.state()).isEqualTo(SupplyCaseState.CLOSED);
        }

        @Test
        void aCaseStoredAfterEveryChangeEndsAsTheSameCaseChangedInMemory() {
            String number = newCaseNumber();
            SupplyCase inMemory = openCase(number);
            run(repository -> repository.store(openCase(number)));

            for (Consumer<SupplyCase> step : fullHistory()) {
                step.accept(inMemory);
                run(repository -> {
                    SupplyCase stored = repository.find(number).orElseThrow();
                    step.accept(stored);
                    repository.store(stored);
                });
                SupplyCase read = inRepository(repository -> repository.find(number)).orElseThrow();
                assertThat(read.snapshot()).isEqualTo(inMemory.snapshot());
            }
        }

        @Test
        void filedVersionsAreWrittenOnceAndNeverRewrittenOrRemoved() {
            String number = newCaseNumber();
            SupplyCase supplyCase = openCase(number);
            supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
            run(repository -> repository.store(supplyCase));
            List<Object> before = versionRow(number, 1);

            // a stored case whose version 1 someone tampered with in memory: only new versions are written
            SupplyCase.Snapshot stored = supplyCase.snapshot();
            ReportVersion tampered = new ReportVersion(1, ReportKind.FIRST, additionalReport(), "someone-else", day(9));
            SupplyCase forged = SupplyCase.restore(withVersions(stored, List.of(tampered)));
            forged.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(2));
            run(repository -> repository.store(forged));

            assertThat(versionRow(number, 1)).isEqualTo(before);
            assertThat(inRepository(repository -> repository.find(number)).orElseThrow().versions())
                    .extracting(ReportVersion::filedBy, ReportVersion::kind)
                    .containsExactly(tuple("maker-a", ReportKind.FIRST),
                            tuple("maker-a", ReportKind.ADDITIONAL));
            SupplyCase fewer = SupplyCase.restore(withVersions(stored, List.of()));
            assertThatThrownBy(() -> run(repository -> repository.store(fewer)))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("never removed");
        }

        @Test
        void theVersionMappingHasNoUpdatableColumn() {
            List<Field> mapped = Arrays.stream(SupplyReportVersionEntity.class.getDeclaredFields())
                    .filter(field -> field.isAnnotationPresent(Column.class) || field.isAnnotationPresent(JoinColumn.class))
                    .toList();

            assertThat(mapped).hasSize(11).allSatisfy(field -> assertThat(field.isAnnotationPresent(Column.class)
                    ? field.getAnnotation(Column.class).updatable() : field.getAnnotation(JoinColumn.class).updatable())
                    .as(field.getName()).isFalse());
        }

        @Test
        void theDraftIsReplacedAndRemovedWithTheCase() {
            String number = newCaseNumber();
            SupplyCase supplyCase = openCase(number);
            supplyCase.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.builder().productName("一回目").build(), day(0));
            run(repository -> repository.store(supplyCase));
            supplyCase.saveDraft(MAKER_A, ReportKind.ADDITIONAL, SupplyReport.builder().productName("二回目").build(), day(1));
            run(repository -> repository.store(supplyCase));

            assertThat(inRepository(repository -> repository.find(number)).orElseThrow().draft()).hasValueSatisfying(draft -> {
                assertThat(draft.kind()).isEqualTo(ReportKind.ADDITIONAL);
                assertThat(draft.content().productName()).isEqualTo("二回目");
            });
            assertThat(count("SELECT COUNT(*) FROM supply_report_draft d JOIN supply_case c ON c.id = d.case_id"
                    + " WHERE c.case_number = '" + number + "'")).isEqualTo(1);

            supplyCase.discardDraft(MAKER_A);
            run(repository -> repository.store(supplyCase));
            assertThat(inRepository(repository -> repository.find(number)).orElseThrow().draft()).isEmpty();
        }

        @Test
        void listsShowEachPartyItsCasesWithoutLoadingTheReports() {
            String draftOnly = newCaseNumber();
            String filed = newCaseNumber();
            String supported = newCaseNumber();
            String ofMakerB = newCaseNumber();
            run(repository -> {
                SupplyCase drafting = openCase(draftOnly);
                drafting.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0));
                repository.store(drafting);
                SupplyCase reported = openCase(filed);
                reported.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
                repository.store(reported);
                SupplyCase coordinating = caseWithFullHistory(supported);
                repository.store(coordinating);
                SupplyCase other = SupplyCase.open(ofMakerB, MAKER_B, new Product("B製品", null),
                        T0);
                other.fileFirstReport(MAKER_B, SupplyReport.builder().productName("B製品").disruptionKind(DisruptionKind.SHORTAGE)
                        .contact(new ContactPerson("鈴木", null, "03", null)).build(), day(1));
                repository.store(other);
            });

            List<String> ofA = numbers(inRepository(repository -> repository.findByManufacturer("MAKER-A")));
            List<String> ofMinistry = numbers(inRepository(JpaSupplyCaseRepository::findFiled));
            List<String> ofJfmda = numbers(inRepository(repository -> repository.findSupportedBy("JFMDA")));

            assertThat(ofA).contains(draftOnly, filed, supported).doesNotContain(ofMakerB);
            assertThat(ofMinistry).contains(filed, supported, ofMakerB).doesNotContain(draftOnly);
            assertThat(ofJfmda).contains(supported).doesNotContain(draftOnly, filed, ofMakerB);
            SupplyCaseSummary summary = inRepository(repository -> repository.findByManufacturer("MAKER-A")).stream()
                    .filter(line -> line.getCaseNumber().equals(filed)).findFirst().orElseThrow();
            assertThat(summary.getState()).isEqualTo(SupplyCaseState.REPORTED);
            assertThat(summary.getVersionCount()).isEqualTo(1);
            assertThat(summary.getLatestReportKind()).isEqualTo(ReportKind.FIRST);
            assertThat(summary.getLatestFiledAt()).isEqualTo(day(1));
            assertThat(summary.getProductName()).isEqualTo("デモカテーテルA");
        }

        @Test
        void twoPeopleChangingTheSameCaseAtOnceCannotBothSucceed() {
            String number = newCaseNumber();
            SupplyCase opened = openCase(number);
            opened.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
            run(repository -> repository.store(opened));

            EntityManager first = factory.createEntityManager();
            EntityManager second = factory.createEntityManager();
            try {
                first.getTransaction().begin();
                second.getTransaction().begin();
                SupplyCase seenByFirst = new JpaSupplyCaseRepository(first).find(number).orElseThrow();
                SupplyCase seenBySecond = new JpaSupplyCaseRepository(second).find(number).orElseThrow();

                seenByFirst.fileReport(MAKER_A, ReportKind.ADDITIONAL, additionalReport(), day(2));
                new JpaSupplyCaseRepository(first).store(seenByFirst);
                first.getTransaction().commit();

                // only a draft: the case row itself is unchanged, yet the store is refused
                seenBySecond.saveDraft(MAKER_A, ReportKind.ADDITIONAL, SupplyReport.empty(), day(2));
                assertThatThrownBy(() -> new JpaSupplyCaseRepository(second).store(seenBySecond))
                        .isInstanceOf(OptimisticLockException.class);
            } finally {
                if (second.getTransaction().isActive()) {
                    second.getTransaction().rollback();
                }
                first.close();
                second.close();
            }
            SupplyCase read = inRepository(repository -> repository.find(number)).orElseThrow();
            assertThat(read.versions()).hasSize(2);
            assertThat(read.draft()).isEmpty();
        }

        @Test
        void theTablesRefuseWhatNoCaseLooksLike() throws SQLException {
            String number = newCaseNumber();
            run(repository -> repository.store(caseWithFullHistory(number)));
            try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
                String ofCase = " WHERE case_id = (SELECT id FROM supply_case WHERE case_number = '" + number + "')";
                for (String refused : List.of(
                        "UPDATE supply_case SET state = 'LOST' WHERE case_number = '" + number + "'",
                        "UPDATE supply_case SET close_reason = NULL WHERE case_number = '" + number + "'",
                        "UPDATE supply_case SET manufacturer_organisation = 'NOBODY' WHERE case_number = '" + number + "'",
                        "UPDATE supply_case SET consent_decided_by = NULL WHERE case_number = '" + number + "'",
                        "UPDATE supply_report_version SET version_number = 2" + ofCase + " AND version_number = 1",
                        "UPDATE supply_report_version SET form_number = '10-9'" + ofCase,
                        "UPDATE supply_triage SET urgency = 'URGENT'" + ofCase,
                        "UPDATE supply_stock_request SET answered_by = NULL" + ofCase + " AND answered",
                        "UPDATE supply_stock_request SET stock_on_hand = -1" + ofCase)) {
                    assertThatThrownBy(() -> statement.executeUpdate(refused)).as(refused).isInstanceOf(SQLException.class);
                }
            }
        }

        private static SupplyCase.Snapshot withVersions(SupplyCase.Snapshot stored, List<ReportVersion> versions) {
            return new SupplyCase.Snapshot(stored.caseNumber(), stored.manufacturerOrganisationCode(), stored.product(),
                    stored.openedAt(), stored.state(), stored.terminationPath(), 0, stored.triagedThisRound(),
                    stored.consultedThisRound(), versions, stored.draft(), stored.triages(), stored.societyConsultations(),
                    stored.furtherActionDecisions(), stored.consent(), stored.stockRequests(),
                    stored.associationOrganisationCode(), stored.associationSupport(), stored.closeReason(), stored.closedBy(),
                    stored.closedAt());
        }

        private List<Object> versionRow(String number, int version) {
            return inTransaction(entityManager -> {
                Object[] row = (Object[]) entityManager.createNativeQuery("SELECT v.id, v.kind, v.filed_by, v.content"
                                + " FROM supply_report_version v JOIN supply_case c ON c.id = v.case_id"
                                + " WHERE c.case_number = ?1 AND v.version_number = ?2")
                        .setParameter(1, number).setParameter(2, version).getSingleResult();
                return Arrays.stream(row).map(value -> value instanceof java.sql.Clob clob ? clobText(clob) : value).toList();
            });
        }

        private static String clobText(java.sql.Clob clob) {
            try {
                return clob.getSubString(1, (int) clob.length());
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private long count(String sql) {
            return inTransaction(entityManager -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
        }

        private String newCaseNumber() {
            return inRepository(repository -> repository.nextCaseNumber(T0));
        }

        private static List<String> numbers(List<SupplyCaseSummary> summaries) {
            return summaries.stream().map(SupplyCaseSummary::getCaseNumber).toList();
        }

        private static long serial(String caseNumber) {
            return Long.parseLong(caseNumber.substring(caseNumber.lastIndexOf('-') + 1));
        }

        private <T> T inRepository(Function<JpaSupplyCaseRepository, T> work) {
            return inTransaction(entityManager -> work.apply(new JpaSupplyCaseRepository(entityManager)));
        }

        private void run(Consumer<JpaSupplyCaseRepository> work) {
            inTransaction(entityManager -> {
                work.accept(new JpaSupplyCaseRepository(entityManager));
                return null;
            });
        }

        /** One committed transaction, as the container runs a service call. */
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

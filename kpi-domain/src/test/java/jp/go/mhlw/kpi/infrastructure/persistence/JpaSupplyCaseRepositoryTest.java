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
import jp.go.mhlw.kpi.domain.model.supply.ClinicalImpact;
import jp.go.mhlw.kpi.domain.model.supply.ContactPerson;
import jp.go.mhlw.kpi.domain.model.supply.DisruptionKind;
import jp.go.mhlw.kpi.domain.model.supply.Product;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.ReportVersion;
import jp.go.mhlw.kpi.domain.model.supply.StockAnswer;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseListing;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSort;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseState;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseSummary;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCoverage;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.TriageLevel;
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

            List<String> ofA = numbers(all(SupplyCaseListing.of(false, "MAKER-A", null)));
            List<String> ofMinistry = numbers(all(SupplyCaseListing.of(true, null, null)));
            List<String> ofJfmda = numbers(all(SupplyCaseListing.of(false, null, "JFMDA")));

            assertThat(ofA).contains(draftOnly, filed, supported).doesNotContain(ofMakerB);
            assertThat(ofMinistry).contains(filed, supported, ofMakerB).doesNotContain(draftOnly);
            assertThat(ofJfmda).contains(supported).doesNotContain(draftOnly, filed, ofMakerB);
            SupplyCaseSummary summary = all(SupplyCaseListing.of(false, "MAKER-A", null)).stream()
                    .filter(line -> line.getCaseNumber().equals(filed)).findFirst().orElseThrow();
            assertThat(summary.getState()).isEqualTo(SupplyCaseState.REPORTED);
            assertThat(summary.getVersionCount()).isEqualTo(1);
            assertThat(summary.getLatestReportKind()).isEqualTo(ReportKind.FIRST);
            assertThat(summary.getLatestFiledAt()).isEqualTo(day(1));
            assertThat(summary.getProductName()).isEqualTo("デモカテーテルA");
        }

        @Test
        void eachLineOfTheListCarriesTheCoverageOfItsLatestReportAndTheAnswers() {
            String answered = newCaseNumber();
            String withoutFigures = newCaseNumber();
            run(repository -> {
                repository.store(caseWithFullHistory(answered));
                SupplyCase reported = openCase(withoutFigures);
                reported.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
                repository.store(reported);
            });

            List<SupplyCaseSummary> lines = all(SupplyCaseListing.of(true, null, null).withCoverage(true));
            SupplyCoverage coverage = lineOf(lines, answered).getCoverage();

            // the latest report's 3,000 units at 1,200 a month, not the re-report's 800 before it
            assertThat(coverage.getOwnMonths()).isEqualByComparingTo("2.5");
            assertThat(coverage.getAlternativeCapacity()).isEqualTo(800L);
            assertThat(coverage.getAlternativeStock()).isEqualTo(5_000L);
            assertThat(coverage.getNotAnswered()).containsExactly("MAKER-C");
            assertThat(lineOf(lines, withoutFigures).getCoverage().getOwnMonths()).isNull();
            assertThat(lineOf(lines, withoutFigures).getCoverage().getAnswers()).isEmpty();
        }

        @Test
        void aListIsReadAPageAtATimeNewestFirstWithoutOverlapOrGap() {
            String token = "頁" + newCaseNumber();
            List<String> stored = new java.util.ArrayList<>();
            run(repository -> {
                for (int i = 0; i < 5; i++) {
                    String number = repository.nextCaseNumber(T0);
                    stored.add(number);
                    SupplyCase opened = SupplyCase.open(number, MAKER_A, new Product(token + " 製品" + i, null), day(i % 2));
                    opened.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(2));
                    repository.store(opened);
                }
            });
            SupplyCaseListing listing = SupplyCaseListing.of(true, null, null).filtered(token, null);

            List<String> first = numbers(inRepository(repository -> repository.list(listing, 0, 2)));
            List<String> second = numbers(inRepository(repository -> repository.list(listing, 2, 2)));
            List<String> third = numbers(inRepository(repository -> repository.list(listing, 4, 2)));

            // opened on day 1: the 2nd and 4th; among equals the higher case number first
            assertThat(first).containsExactly(stored.get(3), stored.get(1));
            assertThat(second).containsExactly(stored.get(4), stored.get(2));
            assertThat(third).containsExactly(stored.get(0));
            long counted = inRepository(repository -> repository.count(listing));
            assertThat(counted).isEqualTo(5);
            assertThat(numbers(inRepository(repository -> repository.list(listing.sortedBy(SupplyCaseSort.OPENED, false),
                    0, 5)))).containsExactly(stored.get(0), stored.get(2), stored.get(4), stored.get(1), stored.get(3));
        }

        @Test
        void theDatabaseFiltersByPartOfTheProductNameAndByState() {
            String token = "絞" + newCaseNumber();
            String reported = newCaseNumber();
            String drafting = newCaseNumber();
            String percent = newCaseNumber();
            run(repository -> {
                SupplyCase one = SupplyCase.open(reported, MAKER_A, new Product(token + " Catheter", null), T0);
                one.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
                repository.store(one);
                SupplyCase two = SupplyCase.open(drafting, MAKER_A, new Product(token + " ステント", null), T0);
                two.saveDraft(MAKER_A, ReportKind.FIRST, SupplyReport.empty(), day(0));
                repository.store(two);
                repository.store(SupplyCase.open(percent, MAKER_A, new Product(token + " 100%_pure", null), T0));
            });
            SupplyCaseListing ofMakerA = SupplyCaseListing.of(false, "MAKER-A", null);

            assertThat(numbers(all(ofMakerA.filtered(token, null)))).containsExactlyInAnyOrder(reported, drafting, percent);
            // case ignored, and LIKE's wildcards taken as they are
            assertThat(numbers(all(ofMakerA.filtered(token + " catheter", null)))).containsExactly(reported);
            assertThat(numbers(all(ofMakerA.filtered(token + " 100%_", null)))).containsExactly(percent);
            assertThat(numbers(all(ofMakerA.filtered(token + " 1%", null)))).isEmpty();
            assertThat(numbers(all(ofMakerA.filtered(token, SupplyCaseState.REPORTED)))).containsExactly(reported);
            long drafts = inRepository(repository -> repository.count(ofMakerA.filtered(token, SupplyCaseState.DRAFT)));
            assertThat(drafts).isEqualTo(2);
            // the filter narrows the caller's scope, never widens it: the ministry does not see drafts
            assertThat(numbers(all(SupplyCaseListing.of(true, null, null).filtered(token, null)))).containsExactly(reported);
            assertThat(numbers(all(ofMakerA.onlyCases(java.util.Set.of(reported, "SC-1999-999999"))))).containsExactly(reported);
            assertThat(all(SupplyCaseListing.of(false, null, null))).isEmpty();
        }

        @Test
        void theCoverageOrderIsTheDatabasesAndMatchesTheLeastCoveredFirstRule() {
            String token = "充" + newCaseNumber();
            Map<String, String> byName = new java.util.LinkedHashMap<>();
            run(repository -> {
                byName.put("no-demand", coveredCase(repository, token, 3_000L, null, null));
                byName.put("three-months", coveredCase(repository, token, 3_000L, 1_000L, null));
                byName.put("zero-demand", coveredCase(repository, token, 3_000L, 0L, null));
                byName.put("half-a-month-with-help", coveredCase(repository, token, 500L, 1_000L, 900L));
                byName.put("no-stock-left", coveredCase(repository, token, 0L, 1_000L, null));
                byName.put("half-a-month", coveredCase(repository, token, 500L, 1_000L, null));
            });
            SupplyCaseListing listing = SupplyCaseListing.of(true, null, null).filtered(token, null).withCoverage(true);

            List<SupplyCaseSummary> leastFirst = inRepository(repository -> repository.list(
                    listing.sortedBy(SupplyCaseSort.COVERAGE, false), 0, 10));
            List<SupplyCaseSummary> mostFirst = inRepository(repository -> repository.list(
                    listing.sortedBy(SupplyCaseSort.COVERAGE, true), 0, 10));

            List<String> expected = java.util.stream.Stream.of("no-stock-left", "half-a-month", "half-a-month-with-help",
                    "three-months").map(byName::get).toList();
            assertThat(numbers(leastFirst).subList(0, 4)).containsExactlyElementsOf(expected);
            // unknown coverage last, in the lists' default order among themselves
            assertThat(numbers(leastFirst).subList(4, 6)).containsExactlyInAnyOrder(byName.get("no-demand"),
                    byName.get("zero-demand"));
            assertThat(leastFirst).extracting(SupplyCaseSummary::getCoverage)
                    .isSortedAccordingTo(SupplyCoverage.LEAST_COVERED_FIRST);
            assertThat(mostFirst).extracting(SupplyCaseSummary::getCoverage)
                    .isSortedAccordingTo(SupplyCoverage.LEAST_COVERED_FIRST.reversed());
        }

        @Test
        void aListWithoutCoverageDoesNotComputeIt() {
            String number = newCaseNumber();
            run(repository -> repository.store(caseWithFullHistory(number)));

            List<SupplyCaseSummary> lines = all(SupplyCaseListing.of(false, "MAKER-A", null).onlyCases(java.util.Set.of(number)));

            assertThat(lines).singleElement().extracting(SupplyCaseSummary::getCoverage).isNull();
        }

        @Test
        void casesStoredBeforeTheCoverageOrderWasKeptGetItFilledInWithoutAChange() {
            String token = "旧" + newCaseNumber();
            String older = inRepository(repository -> coveredCase(repository, token, 500L, 1_000L, 900L));
            String newer = inRepository(repository -> coveredCase(repository, token, 3_000L, 1_000L, null));
            long versionBefore = count("SELECT version FROM supply_case WHERE case_number = '" + older + "'");
            inTransaction(entityManager -> entityManager.createNativeQuery("UPDATE supply_case SET coverage_stored = FALSE,"
                    + " coverage_own_months = NULL, coverage_capacity_share = NULL WHERE case_number = '" + older + "'")
                    .executeUpdate());
            SupplyCaseListing byCoverage = SupplyCaseListing.of(true, null, null).filtered(token, null)
                    .sortedBy(SupplyCaseSort.COVERAGE, false);
            assertThat(numbers(all(byCoverage))).as("unknown until filled in").containsExactly(newer, older);

            int filled = inRepository(repository -> repository.storeMissingCoverage(1_000));
            assertThat(filled).isPositive();

            assertThat(numbers(all(byCoverage))).containsExactly(older, newer);
            int again = inRepository(repository -> repository.storeMissingCoverage(1_000));
            assertThat(again).isZero();
            assertThat(count("SELECT version FROM supply_case WHERE case_number = '" + older + "'")).isEqualTo(versionBefore);
        }

        /** A filed case of MAKER-A with these figures, and MAKER-B's answered capacity when given. */
        private static String coveredCase(JpaSupplyCaseRepository repository, String token, Long stock, Long demand,
                Long alternativesCapacity) {
            String number = repository.nextCaseNumber(T0);
            SupplyCase supplyCase = SupplyCase.open(number, MAKER_A, new Product(token + " " + number, null), T0);
            if (alternativesCapacity == null) {
                supplyCase.fileFirstReport(MAKER_A, SupplyReport.builder().productName(token).disruptionKind(
                        DisruptionKind.SHORTAGE).contact(new ContactPerson("山田", null, "03", null)).stockOnHand(stock)
                        .monthlyDemand(demand).build(), day(1));
            } else {
                // MHLW asks makers of alternatives only after triaging a complete report
                supplyCase.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
                supplyCase.fileReport(MAKER_A, ReportKind.ADDITIONAL, complete(DisruptionKind.SHORTAGE).stockOnHand(stock)
                        .monthlyDemand(demand).build(), day(2));
                supplyCase.recordTriage(OFFICER, ClinicalImpact.LARGE, TriageLevel.HIGH, TriageLevel.MEDIUM, "", day(2));
                supplyCase.decideFurtherAction(OFFICER, true, "代替品を確認", day(3));
                supplyCase.decideToContinueSupply(MAKER_A);
                supplyCase.giveConsent(MAKER_A, day(4));
                supplyCase.requestAlternativeStockData(OFFICER, List.of("MAKER-B"), day(5));
                supplyCase.answerStockRequest(MAKER_B, new StockAnswer(null, alternativesCapacity, null, false), day(6));
            }
            repository.store(supplyCase);
            return number;
        }

        private List<SupplyCaseSummary> all(SupplyCaseListing listing) {
            return inRepository(repository -> repository.list(listing, 0, 1_000));
        }

        private static SupplyCaseSummary lineOf(List<SupplyCaseSummary> lines, String caseNumber) {
            return lines.stream().filter(line -> line.getCaseNumber().equals(caseNumber)).findFirst().orElseThrow();
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

        /**
         * Two systems creating the same row meet at a unique key, not at a row version: the loser's flush violates the
         * key once the winner has committed, and that is still "changed meanwhile".
         */
        @Test
        void aRowCreatedMeanwhileByAnotherIsRefusedAsAConcurrentChange() {
            String number = newCaseNumber();
            SupplyCase byFirst = openCase(number);
            byFirst.fileFirstReport(MAKER_A, firstReport(DisruptionKind.SHORTAGE), day(1));
            run(repository -> repository.store(byFirst));

            EntityManager second = factory.createEntityManager();
            try {
                second.getTransaction().begin();
                SupplyCase bySecond = openCase(number);
                bySecond.fileFirstReport(MAKER_A, firstReport(DisruptionKind.INSTABILITY), day(1));
                // what the second had decided before the first's commit: there is no such case yet, create it
                second.persist(new SupplyCaseEntity(bySecond.snapshot()));
                assertThatThrownBy(() -> ConcurrentWrites.write(second::flush)).isInstanceOf(OptimisticLockException.class);
            } finally {
                if (second.getTransaction().isActive()) {
                    second.getTransaction().rollback();
                }
                second.close();
            }
            SupplyCase read = inRepository(repository -> repository.find(number)).orElseThrow();
            assertThat(read.versions()).singleElement().satisfies(version ->
                    assertThat(version.content().disruptionKind()).isEqualTo(DisruptionKind.SHORTAGE));
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

package jp.go.mhlw.kpi.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationSort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The administrators' organisation list through JPA on both databases (H2, and a scratch PostgreSQL database when
 * the local server is reachable), each migrated by Flyway: the database filters, orders, counts and pages it.
 */
class JpaOrganisationListTest {

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
                // codes out of their names' order, two with the same Japanese name, one inactive
                store(entityManager, "PAGE-E", OrganisationKind.HUB, "頁拠点あ", "Paging hub A");
                store(entityManager, "PAGE-A", OrganisationKind.MANUFACTURER, "頁製造いう", "Paging maker 100%_pure");
                store(entityManager, "PAGE-C", OrganisationKind.HUB, "頁拠点あ", "Paging hub B");
                store(entityManager, "PAGE-D", OrganisationKind.MANUFACTURER, "頁製造え", "Paging maker C");
                Organisation retired = store(entityManager, "PAGE-B", OrganisationKind.HUB, "頁拠点お", "Paging hub D");
                retired.deactivate();
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
        void theListIsReadAPageAtATimeByCodeWithoutOverlapOrGap() {
            OrganisationListing paging = OrganisationListing.BY_CODE.named("頁");

            assertThat(codes(paging, 0, 2)).containsExactly("PAGE-A", "PAGE-B");
            assertThat(codes(paging, 2, 2)).containsExactly("PAGE-C", "PAGE-D");
            assertThat(codes(paging, 4, 2)).containsExactly("PAGE-E");
            assertThat(codes(paging, 6, 2)).isEmpty();
            assertThat(count(paging)).isEqualTo(5);
            assertThat(codes(paging.sortedBy(OrganisationSort.CODE, true), 0, 5))
                    .containsExactly("PAGE-E", "PAGE-D", "PAGE-C", "PAGE-B", "PAGE-A");
            // the reference data come first by code, the whole list counted, inactive ones too
            assertThat(count(OrganisationListing.BY_CODE)).isGreaterThan(29);
        }

        @Test
        void sortedByNameEqualNamesFollowTheCodeSoThatPagesStayStable() {
            OrganisationListing byName = OrganisationListing.BY_CODE.named("頁").sortedBy(OrganisationSort.NAME_JA, false);

            assertThat(codes(byName, 0, 5)).containsExactly("PAGE-C", "PAGE-E", "PAGE-B", "PAGE-A", "PAGE-D");
            assertThat(codes(byName, 1, 1)).containsExactly("PAGE-E");
            assertThat(codes(byName.sortedBy(OrganisationSort.NAME_EN, true), 0, 5))
                    .containsExactly("PAGE-D", "PAGE-A", "PAGE-B", "PAGE-C", "PAGE-E");
        }

        @Test
        void theDatabaseFiltersByKindAndByPartOfTheCodeOrEitherName() {
            OrganisationListing hubs = OrganisationListing.BY_CODE.named("頁").ofKind(OrganisationKind.HUB);

            assertThat(codes(hubs, 0, 10)).containsExactly("PAGE-B", "PAGE-C", "PAGE-E");
            assertThat(count(hubs)).isEqualTo(3);
            // case ignored, either name or the code; LIKE's wildcards taken as they are
            assertThat(codes(OrganisationListing.BY_CODE.named("paging HUB b"), 0, 10)).containsExactly("PAGE-C");
            assertThat(codes(OrganisationListing.BY_CODE.named("page-d"), 0, 10)).containsExactly("PAGE-D");
            assertThat(codes(OrganisationListing.BY_CODE.named("100%_"), 0, 10)).containsExactly("PAGE-A");
            assertThat(codes(OrganisationListing.BY_CODE.named("1%"), 0, 10)).isEmpty();
            assertThat(codes(OrganisationListing.BY_CODE.named("頁製造").ofKind(OrganisationKind.HUB), 0, 10)).isEmpty();
        }

        private List<String> codes(OrganisationListing listing, int first, int max) {
            return inTransaction(entityManager -> new JpaOrganisationRepository(entityManager).list(listing, first, max)
                    .stream().map(Organisation::getCode).toList());
        }

        private long count(OrganisationListing listing) {
            return inTransaction(entityManager -> new JpaOrganisationRepository(entityManager).count(listing));
        }

        private static Organisation store(EntityManager entityManager, String code, OrganisationKind kind, String nameJa,
                String nameEn) {
            Organisation organisation = new Organisation(code, kind, nameJa, nameEn);
            entityManager.persist(organisation);
            return organisation;
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

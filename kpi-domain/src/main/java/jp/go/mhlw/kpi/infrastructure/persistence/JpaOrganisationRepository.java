package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationListing;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationSort;

@ApplicationScoped
public class JpaOrganisationRepository implements OrganisationRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaOrganisationRepository() {
        // for CDI
    }

    JpaOrganisationRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Optional<Organisation> findByCode(String code) {
        return entityManager.createQuery("select o from Organisation o where o.code = :code", Organisation.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findByCodes(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select o from Organisation o where o.code in :codes", Organisation.class)
                .setParameter("codes", codes)
                .getResultList();
    }

    @Override
    public List<Organisation> findAllActive() {
        return entityManager.createQuery("select o from Organisation o where o.active = true order by o.kind, o.code",
                Organisation.class).getResultList();
    }

    @Override
    public List<Organisation> findAll() {
        return entityManager.createQuery("select o from Organisation o order by o.kind, o.code", Organisation.class)
                .getResultList();
    }

    @Override
    public List<Organisation> list(OrganisationListing listing, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one organisation");
        }
        TypedQuery<Organisation> query = entityManager.createQuery("select o from Organisation o" + where(listing)
                + " order by " + orderBy(listing), Organisation.class);
        bind(query, listing);
        return query.setFirstResult(first).setMaxResults(max).getResultList();
    }

    @Override
    public long count(OrganisationListing listing) {
        TypedQuery<Long> query = entityManager.createQuery("select count(o) from Organisation o" + where(listing),
                Long.class);
        bind(query, listing);
        return query.getSingleResult();
    }

    private static String where(OrganisationListing listing) {
        List<String> conditions = new ArrayList<>();
        if (listing.kind() != null) {
            conditions.add("o.kind = :kind");
        }
        if (listing.nameContains() != null) {
            conditions.add("(lower(o.code) like :name escape '\\' or lower(o.nameJa) like :name escape '\\'"
                    + " or lower(o.nameEn) like :name escape '\\')");
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static void bind(TypedQuery<?> query, OrganisationListing listing) {
        if (listing.kind() != null) {
            query.setParameter("kind", listing.kind());
        }
        if (listing.nameContains() != null) {
            query.setParameter("name", "%" + JpaSupplyCaseRepository.likeLiteral(listing.nameContains()) + "%");
        }
    }

    /** The listing's order, then the (unique) code and the id, so that the order is total and pages neither overlap nor skip. */
    static String orderBy(OrganisationListing listing) {
        String direction = listing.descending() ? " desc" : " asc";
        String key = switch (listing.sort()) {
            case CODE -> null;
            case NAME_JA -> "o.nameJa" + direction;
            case NAME_EN -> "o.nameEn" + direction;
            case KIND -> "o.kind" + direction;
        };
        String code = "o.code" + (listing.sort() == OrganisationSort.CODE ? direction : " asc");
        String id = "o.id" + (listing.sort() == OrganisationSort.CODE ? direction : " asc");
        return (key == null ? "" : key + ", ") + code + ", " + id;
    }

    @Override
    public List<Organisation> findByCorporateNumber(String corporateNumber) {
        return entityManager.createQuery("select o from Organisation o where o.corporateNumber = :number order by o.code",
                        Organisation.class)
                .setParameter("number", corporateNumber)
                .getResultList();
    }

    @Override
    public void store(Organisation organisation) {
        if (organisation.getId() == null) {
            entityManager.persist(organisation);
        }
    }
}

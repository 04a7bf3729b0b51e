package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;

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

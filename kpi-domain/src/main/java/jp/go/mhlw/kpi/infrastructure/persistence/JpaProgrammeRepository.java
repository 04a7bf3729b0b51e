package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.AmedProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.HubProgramme;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.ProgrammeRepository;

@ApplicationScoped
public class JpaProgrammeRepository implements ProgrammeRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaProgrammeRepository() {
        // for CDI
    }

    JpaProgrammeRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<HubProgramme> findHubProgrammes() {
        return entityManager.createQuery("select p from HubProgramme p order by p.id", HubProgramme.class)
                .getResultList();
    }

    @Override
    public Optional<HubProgramme> findHubProgramme(String code) {
        return entityManager.createQuery("select p from HubProgramme p where p.code = :code", HubProgramme.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    @Override
    public List<Organisation> findHubsOf(HubProgramme programme) {
        return entityManager.createQuery("select o from Organisation o where o.hubProgramme = :programme"
                        + " and o.active = true order by o.code", Organisation.class)
                .setParameter("programme", programme)
                .getResultList();
    }

    @Override
    public List<AmedProgramme> findAmedProgrammes() {
        return entityManager.createQuery("select p from AmedProgramme p order by p.displayOrder", AmedProgramme.class)
                .getResultList();
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.setting.Setting;
import jp.go.mhlw.kpi.domain.model.setting.SettingRepository;

@ApplicationScoped
public class JpaSettingRepository implements SettingRepository {

    @PersistenceContext(unitName = "kpi")
    private EntityManager entityManager;

    JpaSettingRepository() {
        // for CDI
    }

    JpaSettingRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public List<Setting> findAll() {
        return entityManager.createQuery("select s from Setting s order by s.key", Setting.class).getResultList();
    }

    @Override
    public Optional<Setting> find(String key) {
        return Optional.ofNullable(key == null ? null : entityManager.find(Setting.class, key));
    }
}

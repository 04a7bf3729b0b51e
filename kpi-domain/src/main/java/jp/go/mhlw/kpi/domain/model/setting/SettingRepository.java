package jp.go.mhlw.kpi.domain.model.setting;

import java.util.List;
import java.util.Optional;

public interface SettingRepository {

    /** Every setting, by key. */
    List<Setting> findAll();

    Optional<Setting> find(String key);
}

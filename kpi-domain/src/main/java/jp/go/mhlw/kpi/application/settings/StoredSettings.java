package jp.go.mhlw.kpi.application.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.setting.Setting;
import jp.go.mhlw.kpi.domain.model.setting.SettingRepository;
import jp.go.mhlw.kpi.domain.model.setting.Settings;

/** The settings as the table holds them now: read on every call, so a change applies to the next use. */
@ApplicationScoped
public class StoredSettings implements Settings {

    @Inject
    SettingRepository settings;

    protected StoredSettings() {
        // for CDI
    }

    public StoredSettings(SettingRepository settings) {
        this.settings = settings;
    }

    @Override
    public Duration duration(String key) {
        return setting(key).asDuration();
    }

    @Override
    public List<Integer> days(String key) {
        return setting(key).asDays();
    }

    @Override
    public BigDecimal factor(String key) {
        return setting(key).asFactor();
    }

    @Override
    public int count(String key) {
        return setting(key).asCount();
    }

    private Setting setting(String key) {
        return settings.find(key).orElseThrow(() -> new IllegalArgumentException("There is no setting " + key));
    }
}

package jp.go.mhlw.kpi.application.settings;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import jp.go.mhlw.kpi.application.audit.AuditJson;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.audit.ReadOnly;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.Setting;
import jp.go.mhlw.kpi.domain.model.setting.SettingKind;
import jp.go.mhlw.kpi.domain.model.setting.SettingRepository;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Administrators read and change the run-time settings (deadlines, reminder schedule, outlier thresholds). A value
 * is checked by its kind before it is stored; every change is recorded once with the value before and after.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SettingsAdministration {

    static final String OBJECT_TYPE = "Setting";

    @Inject
    SettingRepository settings;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentCaller currentCaller;

    public SettingsAdministration() {
        // for the container
    }

    public SettingsAdministration(SettingRepository settings, AuditTrail auditTrail, CurrentCaller currentCaller) {
        this.settings = settings;
        this.auditTrail = auditTrail;
        this.currentCaller = currentCaller;
    }

    @ReadOnly
    public List<Setting> list() {
        return settings.findAll();
    }

    /**
     * Sets the value. {@code expectedVersion} is the version the form showed: a change someone else made meanwhile
     * is not overwritten. The same value again changes nothing and records nothing.
     *
     * @throws EntryRejectedException naming the problem with the value
     */
    public Setting change(String key, int expectedVersion, String typedValue) {
        Setting setting = settings.find(key).orElseThrow(() -> new EntryRejectedException("The setting", List.of(
                Problem.at("key", "setting.unknown", String.valueOf(key)))));
        if (setting.getVersion() != expectedVersion) {
            throw new EntryRejectedException("The setting", List.of(Problem.at("version", "setting.changedMeanwhile")));
        }
        String value = SettingKind.normalise(typedValue);
        if (value.isEmpty()) {
            throw new EntryRejectedException("The setting", List.of(Problem.at("value", "setting.value.required")));
        }
        setting.getKind().check(value).ifPresent(problem -> {
            throw new EntryRejectedException("The setting", List.of(problem));
        });
        if (value.equals(setting.getValue())) {
            return setting;
        }
        String before = setting.getValue();
        setting.change(value, currentCaller.require().userName(), Instant.now());
        auditTrail.record(new AuditEntry("setting.changed", OBJECT_TYPE, key, null,
                "Changed setting " + key + " from " + before + " to " + value, state(key, before), state(key, value)));
        return setting;
    }

    private static String state(String key, String value) {
        return AuditJson.object().with("key", key).with("value", value).toString();
    }
}

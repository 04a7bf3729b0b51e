package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import jp.go.mhlw.kpi.application.settings.SettingsAdministration;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.model.setting.Setting;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.PrimeFaces;

/** settings.xhtml: the run-time settings with their meaning; one is changed in a dialog, checked by the service. */
@Named
@ViewScoped
public class SettingsAdmin implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String EDIT_FORM = "settingForm";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Inject
    transient SettingsAdministration administration;

    private List<Setting> settings = List.of();
    private String key;
    private int version;
    private String value;

    public void load() {
        settings = administration.list();
    }

    public void startEdit(Setting setting) {
        PrimeFaces.current().resetInputs(EDIT_FORM);
        key = setting.getKey();
        version = setting.getVersion();
        value = setting.getValue();
    }

    public void save() {
        try {
            Setting saved = administration.change(key, version, value);
            Feedback.info("admin.settings.saved", saved.getKey(), saved.getValue());
            PrimeFaces.current().ajax().addCallbackParam("saved", true);
            load();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(EDIT_FORM, true, rejected.getProblems());
        }
    }

    public String description(String settingKey) {
        return Feedback.text("admin.settings.key." + settingKey);
    }

    public String time(OffsetDateTime time) {
        return time == null ? "" : TIME.format(time.atZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME));
    }

    public List<Setting> getSettings() {
        return settings;
    }

    public String getKey() {
        return key;
    }

    public String getValue() {
        return value;
    }

    public void setValue(String value) {
        this.value = value;
    }
}

package jp.go.mhlw.kpi.application.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.application.RecordingAuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.setting.Setting;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.infrastructure.persistence.JpaTestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The seeded settings (V30) on H2: reading them as services and process expressions do, and changing them. */
class SettingsAdministrationTest extends JpaTestSupport {

    private RecordingAuditTrail audit;
    private SettingsAdministration administration;
    private StoredSettings settings;

    @BeforeEach
    void wire() {
        audit = new RecordingAuditTrail();
        CurrentCaller caller = new CurrentCaller();
        caller.establish(new Caller("admin1", Set.of(Role.ADMIN), Optional.of("MHLW-ISEI")));
        administration = new SettingsAdministration(settings(), audit, caller);
        settings = new StoredSettings(settings());
    }

    @Test
    void theSeededSettingsReadAsTheirKinds() {
        assertThat(administration.list()).extracting(Setting::getKey).containsExactly(
                SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, SettingKeys.FOLLOWUP_ESCALATION_DELAY_AFTER_DUE, SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE,
                SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR, SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR,
                SettingKeys.SUPPLY_DEADLINE_ADDITIONAL_REPORT, SettingKeys.SUPPLY_DEADLINE_RESPONSE,
                SettingKeys.SUPPLY_DEADLINE_TRIAGE);
        assertThat(settings.duration(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).isEqualTo(Duration.ofDays(7));
        assertThat(settings.duration(SettingKeys.SUPPLY_DEADLINE_ADDITIONAL_REPORT)).isEqualTo(Duration.ofDays(14));
        assertThat(settings.days(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE)).containsExactly(14, 7, 1);
        assertThat(settings.factor(SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR)).isEqualByComparingTo("3");
        assertThat(settings.factor(SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR))
                .isEqualByComparingTo(BigDecimal.ONE.divide(new BigDecimal(3), java.math.MathContext.DECIMAL64));
        assertThat(settings.count(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR)).isEqualTo(10);
        assertThatThrownBy(() -> settings.duration("no.such.key")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.days(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void processExpressionsGetDurationsAsIso8601Text() {
        SettingsExpressions expressions = new SettingsExpressions(settings);

        assertThat(expressions.duration(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).isEqualTo("P7D");
        assertThat(expressions.days(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE)).containsExactly(14, 7, 1);
        administration.change(SettingKeys.SUPPLY_DEADLINE_TRIAGE, 0, "PT36H");
        assertThat(expressions.duration(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).as("read at each use").isEqualTo("PT36H");
    }

    @Test
    void aChangeIsStoredAndRecordedOnceWithTheValuesBeforeAndAfter() {
        Setting changed = administration.change(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE, 0, " 21, 7 ,2 ");
        flushAndClear();

        assertThat(changed.getValue()).isEqualTo("21,7,2");
        assertThat(settings.days(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE)).containsExactly(21, 7, 2);
        assertThat(settings().find(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE).orElseThrow().getUpdatedBy()).isEqualTo("admin1");
        assertThat(audit.entries).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("setting.changed");
            assertThat(entry.objectId()).isEqualTo(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE);
            assertThat(entry.before()).contains("\"value\":\"14,7,1\"");
            assertThat(entry.after()).contains("\"value\":\"21,7,2\"");
        });
        administration.change(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE, 1, "21,7,2");
        assertThat(audit.entries).as("the same value again changes nothing").hasSize(1);
    }

    @Test
    void aValueItsKindDoesNotAcceptIsRefusedWithTheReasonAndNothingChanges() {
        for (List<String> keyAndValue : List.of(
                List.of(SettingKeys.SUPPLY_DEADLINE_TRIAGE, "7 days"),
                List.of(SettingKeys.SUPPLY_DEADLINE_TRIAGE, "PT0S"),
                List.of(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE, "1,7,14"),
                List.of(SettingKeys.FOLLOWUP_REMINDER_DAYS_BEFORE_DUE, "14,,1"),
                List.of(SettingKeys.SUBMISSION_OUTLIER_UPPER_FACTOR, "0.5"),
                List.of(SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR, "3"),
                List.of(SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR, "1/0"),
                List.of(SettingKeys.SUBMISSION_OUTLIER_LOWER_FACTOR, " "),
                List.of(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, "0"),
                List.of(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, "2.5"),
                List.of(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, "10001"))) {
            EntryRejectedException rejected = catchThrowableOfType(EntryRejectedException.class,
                    () -> administration.change(keyAndValue.get(0), 0, keyAndValue.get(1)));
            assertThat(rejected).as(keyAndValue.toString()).isNotNull();
            assertThat(rejected.getProblems()).extracting(Problem::field).containsExactly("value");
        }
        assertThat(settings.duration(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).isEqualTo(Duration.ofDays(7));
        assertThat(audit.entries).isEmpty();
    }

    @Test
    void aStaleFormDoesNotOverwriteAnotherAdministratorsChange() {
        administration.change(SettingKeys.SUPPLY_DEADLINE_TRIAGE, 0, "P10D");
        flushAndClear();

        EntryRejectedException stale = catchThrowableOfType(EntryRejectedException.class,
                () -> administration.change(SettingKeys.SUPPLY_DEADLINE_TRIAGE, 0, "P5D"));

        assertThat(stale.getProblems()).extracting(Problem::field).containsExactly("version");
        assertThat(settings.duration(SettingKeys.SUPPLY_DEADLINE_TRIAGE)).isEqualTo(Duration.ofDays(10));
    }

    @Test
    void onlyAdministratorsChangeSettings() {
        assertThat(SettingsAdministration.class.getAnnotation(RolesAllowed.class).value()).containsExactly(Role.Names.ADMIN);
    }
}

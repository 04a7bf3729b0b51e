package jp.go.mhlw.kpi.domain.model.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * One setting an administrator may change at run time. Its key and kind are fixed by the migration that seeds it;
 * only its value changes, and only to a value its kind accepts.
 */
@Entity
@Table(name = "setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 100)
    private String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "setting_kind", nullable = false, length = 32)
    private SettingKind kind;

    @Column(name = "setting_value", nullable = false, length = 200)
    private String value;

    @Version
    private int version;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    private String updatedBy;

    protected Setting() {
        // for JPA
    }

    public Setting(String key, SettingKind kind, String value) {
        this.key = key;
        this.kind = kind;
        this.value = value;
        kind.check(value).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.messageEn());
        });
    }

    /** The new value, already normalised and checked by its kind ({@link SettingKind#check}). */
    public void change(String newValue, String by, Instant at) {
        kind.check(newValue).ifPresent(problem -> {
            throw new IllegalArgumentException(problem.messageEn());
        });
        this.value = newValue;
        this.updatedBy = by;
        this.updatedAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
    }

    public Duration asDuration() {
        requireKind(SettingKind.DURATION);
        return SettingKind.duration(value);
    }

    public List<Integer> asDays() {
        requireKind(SettingKind.DAY_LIST);
        return SettingKind.days(value);
    }

    public int asCount() {
        requireKind(SettingKind.COUNT);
        return SettingKind.count(value);
    }

    public BigDecimal asFactor() {
        if (kind == SettingKind.UPPER_FACTOR) {
            return SettingKind.upperFactor(value);
        }
        requireKind(SettingKind.LOWER_FACTOR);
        return SettingKind.lowerFactor(value);
    }

    private void requireKind(SettingKind expected) {
        if (kind != expected) {
            throw new IllegalStateException("setting " + key + " is a " + kind + ", not a " + expected);
        }
    }

    public String getKey() {
        return key;
    }

    public SettingKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public int getVersion() {
        return version;
    }

    public OffsetDateTime getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}

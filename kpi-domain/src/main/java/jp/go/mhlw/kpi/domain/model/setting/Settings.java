package jp.go.mhlw.kpi.domain.model.setting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

/**
 * The current settings as services read them at run time (keys in {@link SettingKeys}). Values are read when
 * asked for, so a change on the settings screen applies to the next deadline or check computed. An unknown key,
 * or asking a setting as the wrong kind, is a programming error ({@link IllegalArgumentException},
 * {@link IllegalStateException}).
 */
public interface Settings {

    Duration duration(String key);

    /** A day list, largest first, e.g. [14, 7, 1]. */
    List<Integer> days(String key);

    /** An upper or lower factor. */
    BigDecimal factor(String key);

    /** A count, 1 to 10,000. */
    int count(String key);
}

package jp.go.mhlw.kpi.domain.model.setting;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Settings a test sets by key (and may change between steps); an unset key is refused like an unknown one. */
public final class FixedSettings implements Settings {

    private final Map<String, Object> values = new HashMap<>();

    public FixedSettings with(String key, Object value) {
        values.put(key, value);
        return this;
    }

    @Override
    public Duration duration(String key) {
        return value(key, Duration.class);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Integer> days(String key) {
        return value(key, List.class);
    }

    @Override
    public BigDecimal factor(String key) {
        return value(key, BigDecimal.class);
    }

    @Override
    public int count(String key) {
        return value(key, Integer.class);
    }

    private <T> T value(String key, Class<T> kind) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("unknown setting " + key);
        }
        return kind.cast(value);
    }
}

package jp.go.mhlw.kpi.infrastructure.persistence;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as the TIMESTAMP WITH TIME ZONE columns hold them (UTC offset), and back. */
final class Times {

    private Times() {
    }

    static OffsetDateTime stored(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static Instant instant(OffsetDateTime stored) {
        return stored == null ? null : stored.toInstant();
    }
}

package jp.go.mhlw.kpi.application.accountrequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import jp.go.mhlw.kpi.domain.model.setting.FixedSettings;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import org.junit.jupiter.api.Test;

class AccountRequestThrottleTest {

    private static final String OFFICE = "203.0.113.7";
    private static final String ELSEWHERE = "198.51.100.20";

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-24T01:00:00Z"));
    private final FixedSettings settings = new FixedSettings().with(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, 3);
    private final AccountRequestThrottle throttle = new AccountRequestThrottle(settings, clock);

    @Test
    void anAddressFilesUpToTheLimitPerHourAndIsToldWhenToTryAgain() {
        for (int i = 0; i < 3; i++) {
            throttle.check(OFFICE);
            throttle.accepted(OFFICE);
            clock.move(Duration.ofMinutes(10));
        }

        EntryRejectedException refused = catchThrowableOfType(EntryRejectedException.class, () -> throttle.check(OFFICE));
        assertThat(refused.getProblems()).extracting(Problem::messageEn).containsExactly(
                "Too many requests from this connection in the last hour. Try again in about 30 minutes.");
        assertThatCode(() -> throttle.check(ELSEWHERE)).as("another address is not held back").doesNotThrowAnyException();

        clock.move(Duration.ofMinutes(31));
        assertThatCode(() -> throttle.check(OFFICE)).as("the first request is over an hour old").doesNotThrowAnyException();
    }

    @Test
    void refusedFormsDoNotCountAndTheAdministratorsLimitAppliesAtOnce() {
        for (int i = 0; i < 10; i++) {
            throttle.check(OFFICE);  // refused by the form's own checks: never accepted
        }
        throttle.accepted(OFFICE);
        throttle.check(OFFICE);

        settings.with(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR, 1);
        assertThat(catchThrowableOfType(EntryRejectedException.class, () -> throttle.check(OFFICE))).isNotNull();
    }

    /** A clock the test moves on. */
    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}

package jp.go.mhlw.kpi.application.accountrequest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.setting.SettingKeys;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;

/**
 * Limits the account requests one client address files on the public page (the setting
 * {@value SettingKeys#ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR} per hour), so that a flood of made-up requests does
 * not bury the officers' list. Only accepted requests count: a visitor correcting a refused form is not held back.
 * Kept in memory: a restart forgets the counts, which only ever lets more through.
 */
@ApplicationScoped
public class AccountRequestThrottle {

    static final Duration WINDOW = Duration.ofHours(1);

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    private final Map<String, Deque<Instant>> accepted = new HashMap<>();

    protected AccountRequestThrottle() {
        // for CDI
    }

    public AccountRequestThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Refuses a further request from this address while its last hour's accepted requests reach the limit.
     *
     * @throws EntryRejectedException naming when to try again
     */
    public synchronized void check(String address) {
        Deque<Instant> recent = recent(address);
        if (recent.size() >= settings.count(SettingKeys.ACCOUNT_REQUESTS_PER_ADDRESS_PER_HOUR)) {
            long minutes = Math.max(1, Duration.between(clock.instant(), recent.peekFirst().plus(WINDOW)).toMinutes());
            throw new EntryRejectedException("An account request from " + address, List.of(Problem.at("form",
                    "accountRequest.throttled", String.valueOf(minutes))));
        }
    }

    /** Counts an accepted request of this address. */
    public synchronized void accepted(String address) {
        recent(address).addLast(clock.instant());
    }

    /** The address's accepted requests within the window; addresses with none are forgotten. */
    private Deque<Instant> recent(String address) {
        Instant since = clock.instant().minus(WINDOW);
        accepted.values().forEach(times -> {
            while (!times.isEmpty() && !times.peekFirst().isAfter(since)) {
                times.removeFirst();
            }
        });
        accepted.values().removeIf(Deque::isEmpty);
        return accepted.computeIfAbsent(address == null ? "" : address, key -> new ArrayDeque<>());
    }
}

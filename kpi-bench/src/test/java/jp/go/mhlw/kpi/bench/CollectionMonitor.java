package jp.go.mhlw.kpi.bench;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Watches the stack's database while P2 runs (every {@code bench.pollMillis}, 1 s), on a thread of its own so that
 * the simulation's requests are not held up: when the opened cycle's requests exist, when all their processes wait
 * at the reporter's step, when each body's request e-mail is recorded as sent, and when the cycle's collection is
 * over; and every job of the engine seen with fewer than its 3 retries left or an exception (a retried job), and the
 * most open incidents seen. It reads only: the figures come from the application's own tables and the engine's.
 */
final class CollectionMonitor implements AutoCloseable {

    static final String JDBC_URL = System.getProperty("bench.jdbcUrl", "jdbc:postgresql://127.0.0.1:5432/kpi");
    private static final int POLL_MILLIS = Stack.intProperty("bench.pollMillis", 1_000);

    private final Connection db;
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "p2-monitor");
        thread.setDaemon(true);
        return thread;
    });
    private final int bodies;
    private volatile long cycleId;
    private volatile long openedAt;
    /** The cycle's request ids as the processes' business keys, once all are stored: the polls go by index. */
    private Array keys;

    volatile long requestsAt;
    volatile long waitingAt;
    volatile long mailedAt;
    volatile long collectionOverAt;
    volatile int requests;
    volatile int waiting;
    volatile int mailed;
    volatile int maxIncidents;
    volatile String lastFailure;
    private final Set<String> retriedJobs = new HashSet<>();

    CollectionMonitor(int bodies) throws SQLException {
        this.bodies = bodies;
        this.db = DriverManager.getConnection(JDBC_URL, System.getProperty("bench.jdbcUser", "postgres"),
                System.getProperty("bench.jdbcPassword", ""));
        poller.scheduleWithFixedDelay(this::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** From now on the monitor follows this cycle; {@code openedAt} is when its opening was asked for. */
    void follow(long cycle, long askedAt) {
        this.openedAt = askedAt;
        this.cycleId = cycle;
    }

    boolean fannedOut() {
        return waitingAt > 0 && mailedAt > 0;
    }

    long openedAt() {
        return openedAt;
    }

    long cycleId() {
        return cycleId;
    }

    synchronized int retriedJobs() {
        return retriedJobs.size();
    }

    private synchronized void poll() {
        try {
            jobs();
            long cycle = cycleId;
            if (cycle == 0) {
                return;
            }
            long now = System.currentTimeMillis();
            if (requestsAt == 0) {
                requests = count("SELECT COUNT(*) FROM report_request WHERE cycle_id = ?", cycle);
                if (requests < bodies) {
                    return;
                }
                requestsAt = now;
                keys = keys(cycle);
            }
            if (waitingAt == 0) {
                waiting = count("SELECT COUNT(*) FROM act_ru_task t JOIN act_ru_execution p ON p.id_ = t.proc_inst_id_"
                        + " WHERE t.task_def_key_ = 'submitReport' AND p.business_key_ = ANY (?)", keys);
                if (waiting >= bodies) {
                    waitingAt = now;
                }
            }
            if (mailedAt == 0) {
                mailed = count("SELECT COUNT(*) FROM audit_record WHERE object_type = 'report-request'"
                        + " AND action = 'report-request.mail-sent'"
                        + " AND object_id = ANY (?)", keys);
                if (mailed >= bodies) {
                    mailedAt = now;
                }
            }
            if (collectionOverAt == 0 && count("SELECT COUNT(*) FROM follow_up_cycle WHERE id = ?"
                    + " AND status NOT IN ('COLLECTING')", cycle) > 0) {
                collectionOverAt = now;
            }
        } catch (SQLException | RuntimeException failed) {
            lastFailure = String.valueOf(failed);
        }
    }

    private Array keys(long cycle) throws SQLException {
        List<String> ids = new ArrayList<>();
        synchronized (db) {
            try (PreparedStatement statement = db.prepareStatement("SELECT CAST(id AS TEXT) FROM report_request"
                    + " WHERE cycle_id = ?")) {
                statement.setLong(1, cycle);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ids.add(rows.getString(1));
                    }
                }
            }
            return db.createArrayOf("text", ids.toArray());
        }
    }

    private void jobs() throws SQLException {
        try (PreparedStatement statement = db.prepareStatement("SELECT id_ FROM act_ru_job WHERE retries_ < 3"
                + " OR exception_msg_ IS NOT NULL OR exception_stack_id_ IS NOT NULL");
             ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                retriedJobs.add(rows.getString(1));
            }
        }
        maxIncidents = Math.max(maxIncidents, count("SELECT COUNT(*) FROM act_ru_incident"));
    }

    int count(String sql, Object... parameters) throws SQLException {
        synchronized (db) {
            return GrowthData.count(db, sql, parameters);
        }
    }

    String text(String sql, long id) throws SQLException {
        synchronized (db) {
            try (PreparedStatement statement = db.prepareStatement(sql)) {
                statement.setLong(1, id);
                try (ResultSet row = statement.executeQuery()) {
                    return row.next() ? row.getString(1) : null;
                }
            }
        }
    }

    @Override
    public void close() throws SQLException {
        poller.shutdownNow();
        db.close();
    }
}

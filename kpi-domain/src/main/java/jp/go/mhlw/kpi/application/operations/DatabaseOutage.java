package jp.go.mhlw.kpi.application.operations;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a failure caused by the database being out of reach (restarted, stopped, the network gone) from a fault of
 * the application: the first is answered "unavailable, try again" (503), the second is a 500 with an incident id.
 * The transaction of such a request rolled back, so nothing of it was stored.
 */
public final class DatabaseOutage {

    /** How long callers are asked to wait before trying again, in seconds. */
    public static final int RETRY_AFTER_SECONDS = 30;

    private DatabaseOutage() {
    }

    public static boolean isCauseOf(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 50; cause = cause.getCause(), depth++) {
            if (cause instanceof SQLException sql && isOutage(sql)) {
                return true;
            }
            // the container's pool reports an unreachable server in its message only
            String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
            if (message.contains("error in allocating a connection") || message.contains("connection refused")) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLSTATE class 08 (connection exception) and 57P01-57P03 (PostgreSQL: the server shuts down, crashed, or
     * cannot connect now).
     */
    private static boolean isOutage(SQLException sql) {
        String state = sql.getSQLState();
        return state != null && (state.startsWith("08") || state.startsWith("57P0"));
    }
}

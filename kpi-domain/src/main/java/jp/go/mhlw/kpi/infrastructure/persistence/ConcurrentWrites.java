package jp.go.mhlw.kpi.infrastructure.persistence;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;

/**
 * Writes that can lose a race. Two requests that both create the same row (the first version of a report, a case's
 * next version) meet at a unique key, not at a row version: the loser waits for the winner's commit and then
 * violates the key. That is the same "changed meanwhile" as a stale row version, so it is reported the same way,
 * as the {@link OptimisticLockException} the repositories' callers already answer with a conflict.
 */
final class ConcurrentWrites {

    /** SQL's class 23, unique violation: the same code in PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrites() {
    }

    /** Runs writes (and the queries among them, which flush what came before) reporting a lost race as such. */
    static void write(Runnable writes) {
        try {
            writes.run();
        } catch (OptimisticLockException stale) {
            throw stale;
        } catch (PersistenceException failed) {
            if (isUniqueViolation(failed)) {
                throw new OptimisticLockException("Stored meanwhile by another transaction", failed);
            }
            throw failed;
        }
    }

    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}

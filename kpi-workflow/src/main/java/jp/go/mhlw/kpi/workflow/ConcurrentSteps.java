package jp.go.mhlw.kpi.workflow;

import jakarta.persistence.OptimisticLockException;
import java.util.Arrays;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two people finishing the same step at once (an approval and a return, two systems sending one report): the engine
 * refuses the later with its own optimistic-locking failure. The application answers "changed meanwhile, reload" to
 * the persistence API's {@link OptimisticLockException}, so the engine's is passed on as that, and no engine class
 * leaves this module.
 *
 * <p>When the later one read the task before the earlier one ended the task's process instance (a filing that moves the
 * case on), the engine fails instead while it records the task's history: its producer finds no process instance
 * and throws a {@link NullPointerException}. That failure, and only from there, is the same conflict.
 */
final class ConcurrentSteps {

    private ConcurrentSteps() {
    }

    static void run(Runnable step) {
        try {
            step.run();
        } catch (OptimisticLockingException changedMeanwhile) {
            throw new OptimisticLockException("The step was completed or changed meanwhile by another transaction",
                    changedMeanwhile);
        } catch (NullPointerException failure) {
            if (!whileRecordingHistory(failure)) {
                throw failure;
            }
            throw new OptimisticLockException("The step's process instance was ended meanwhile by another transaction",
                    failure);
        }
    }

    private static boolean whileRecordingHistory(Throwable failure) {
        return Arrays.stream(failure.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.camunda.bpm.engine.impl.history."));
    }
}

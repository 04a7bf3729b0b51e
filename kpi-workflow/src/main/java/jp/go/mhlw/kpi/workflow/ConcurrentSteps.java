package jp.go.mhlw.kpi.workflow;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two people finishing the same step at once (an approval and a return, two systems sending one report): the engine
 * refuses the later with its own optimistic-locking failure. The application answers "changed meanwhile, reload" to
 * the persistence API's {@link OptimisticLockException}, so the engine's is passed on as that, and no engine class
 * leaves this module.
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
        }
    }
}

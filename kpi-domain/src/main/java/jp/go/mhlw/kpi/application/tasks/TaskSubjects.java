package jp.go.mhlw.kpi.application.tasks;

import java.util.Optional;

/**
 * Looks up what a task is about when the process engine creates it (kpi-workflow's task listener calls it, in the
 * transaction that creates the task). Each method is empty when there is no such case, request or cycle.
 */
public interface TaskSubjects {

    /** A supply case's step: the case number and the product. */
    Optional<TaskSubject> ofSupplyCase(String caseNumber);

    /** A follow-up request's step: the request, the body asked and the fiscal year. */
    Optional<TaskSubject> ofRequest(long requestId);

    /** A follow-up cycle's step: the cycle's fiscal year. */
    Optional<TaskSubject> ofCycle(long cycleId);
}

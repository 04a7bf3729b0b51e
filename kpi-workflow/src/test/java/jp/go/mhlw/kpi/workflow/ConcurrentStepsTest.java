package jp.go.mhlw.kpi.workflow;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.OptimisticLockException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;

class ConcurrentStepsTest {

    @Test
    void theEnginesConcurrentChangeReachesTheApplicationAsTheOneItAnswersWithAConflict() {
        assertThatThrownBy(() -> ConcurrentSteps.run(() -> {
            throw new OptimisticLockingException("ENGINE-03005 Entity was updated by another transaction concurrently");
        })).isInstanceOf(OptimisticLockException.class).hasCauseInstanceOf(OptimisticLockingException.class);
    }

    @Test
    void anyOtherFailureOfTheEngineStaysWhatItIs() {
        assertThatThrownBy(() -> ConcurrentSteps.run(() -> {
            throw new ProcessEngineException("no such task");
        })).isExactlyInstanceOf(ProcessEngineException.class);
    }

    @Test
    void aProcessInstanceEndedMeanwhileWhileTheEngineRecordsTheTasksHistoryIsTheSameConflict() {
        NullPointerException noInstance = new NullPointerException("Cannot read field \"rootProcessInstanceId\"");
        noInstance.setStackTrace(new StackTraceElement[] {
                new StackTraceElement("org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity",
                        "getRootProcessInstanceId", "ExecutionEntity.java", 1819),
                new StackTraceElement("org.camunda.bpm.engine.impl.history.producer.DefaultHistoryEventProducer",
                        "initTaskInstanceEvent", "DefaultHistoryEventProducer.java", 272)});
        assertThatThrownBy(() -> ConcurrentSteps.run(() -> {
            throw noInstance;
        })).isInstanceOf(OptimisticLockException.class).hasCause(noInstance);
    }

    @Test
    void aNullPointerAnywhereElseStaysAFault() {
        assertThatThrownBy(() -> ConcurrentSteps.run(() -> {
            throw new NullPointerException("a fault of the step's own");
        })).isExactlyInstanceOf(NullPointerException.class);
    }
}

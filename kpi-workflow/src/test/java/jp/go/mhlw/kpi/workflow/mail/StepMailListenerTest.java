package jp.go.mhlw.kpi.workflow.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

class StepMailListenerTest {

    /**
     * Two systems completing one step at once: in the later transaction the engine calls the listener with no event
     * name, as the task's execution is already gone. The listener starts no mail and leaves the refusal to the engine
     * (which the application answers with 409), instead of failing the request with a 500.
     */
    @Test
    void aStepCompletedMeanwhileByAnotherTransactionStartsNoMail() {
        List<String> asked = new ArrayList<>();
        DelegateTask withoutEvent = (DelegateTask) Proxy.newProxyInstance(DelegateTask.class.getClassLoader(),
                new Class<?>[] {DelegateTask.class}, (proxy, method, args) -> {
                    asked.add(method.getName());
                    return null;
                });

        assertThatCode(() -> new StepMailListener().notify(withoutEvent)).doesNotThrowAnyException();
        assertThat(asked).containsExactly("getEventName");
    }
}

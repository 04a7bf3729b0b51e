package jp.go.mhlw.kpi.workflow;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jp.go.mhlw.kpi.application.tasks.TaskSubjects;
import jp.go.mhlw.kpi.workflow.engine.ApplicationParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * The application's {@link TaskSubjectListener} on every user task the engine parses; the engine's bootstrap takes
 * it as an {@link ApplicationParseListener} bean.
 */
@ApplicationScoped
public class TaskSubjectParseListener extends AbstractBpmnParseListener implements ApplicationParseListener {

    @Inject
    TaskSubjects subjects;

    private BpmnParseListener listener;

    @PostConstruct
    void create() {
        listener = new TaskSubjectListener(() -> subjects).parseListener();
    }

    @Override
    public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        listener.parseUserTask(userTaskElement, scope, activity);
    }
}

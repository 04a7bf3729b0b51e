package jp.go.mhlw.kpi.workflow;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.application.tasks.TaskSubject;
import jp.go.mhlw.kpi.application.tasks.TaskSubjects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * Gives every user task, when it is created, what it is about ({@link TaskSubject}) as task-local variables: the case
 * number and product of a supply step, the request, body and fiscal year of a follow-up step. The inbox lists them,
 * so that a maker's steps in several cases are told apart. Added to every user task of every model by
 * {@link #parseListener()}, so the models need no listener of their own.
 */
public class TaskSubjectListener implements TaskListener {

    /** The task-local variables, read by {@link TaskInbox}. */
    static final String REFERENCE = "subjectReference";
    static final String NAME_JA = "subjectNameJa";
    static final String NAME_EN = "subjectNameEn";
    static final String FISCAL_YEAR = "subjectFiscalYear";
    static final List<String> VARIABLES = List.of(REFERENCE, NAME_JA, NAME_EN, FISCAL_YEAR);

    private static final Logger LOG = Logger.getLogger(TaskSubjectListener.class.getName());

    private final Supplier<TaskSubjects> subjects;

    public TaskSubjectListener(Supplier<TaskSubjects> subjects) {
        this.subjects = subjects;
    }

    @Override
    public void notify(DelegateTask task) {
        Optional<TaskSubject> subject;
        try {
            subject = subjectOf(task);
        } catch (RuntimeException notFound) {
            // the subject only labels the task: a look-up that fails on its own must not stop the step creating it
            LOG.log(Level.WARNING, "No subject for task " + task.getTaskDefinitionKey() + " of " + task.getExecutionId(), notFound);
            return;
        }
        subject.ifPresent(found -> {
            task.setVariableLocal(REFERENCE, found.reference());
            task.setVariableLocal(NAME_JA, found.nameJa());
            task.setVariableLocal(NAME_EN, found.nameEn());
            if (found.fiscalYear() != null) {
                task.setVariableLocal(FISCAL_YEAR, found.fiscalYear());
            }
        });
    }

    /** By the task's process: the same variable name means another thing in another model (an account request's id). */
    private Optional<TaskSubject> subjectOf(DelegateTask task) {
        return switch (processKeyOf(task)) {
            case SupplyCaseProcess.DISRUPTION_PROCESS_KEY, SupplyCaseProcess.TERMINATION_PROCESS_KEY,
                    SupplyCaseProcess.COORDINATION_PROCESS_KEY ->
                task.getVariable(SupplyCaseProcess.Vars.CASE_ID) instanceof String caseNumber
                        ? subjects.get().ofSupplyCase(caseNumber) : Optional.empty();
            case FollowUpProcess.REQUEST_PROCESS_KEY, FollowUpProcess.CORRECTION_PROCESS_KEY -> task.getVariable(FollowUpProcess.Vars.REQUEST_ID) instanceof Number id
                    ? subjects.get().ofRequest(id.longValue()) : Optional.empty();
            case FollowUpProcess.PROCESS_KEY -> task.getVariable(FollowUpProcess.Vars.CYCLE_ID) instanceof Number id
                    ? subjects.get().ofCycle(id.longValue()) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /** The key of the process whose model holds the task (the id of the enclosing process element). */
    private static String processKeyOf(DelegateTask task) {
        ModelElementInstance element = task.getBpmnModelElementInstance();
        while (element != null && !(element instanceof Process)) {
            element = element.getParentElement();
        }
        return element == null ? "" : ((Process) element).getId();
    }

    /** Adds this listener to the "create" event of each user task the engine parses. */
    public AbstractBpmnParseListener parseListener() {
        TaskListener listener = this;
        return new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, listener);
            }
        };
    }
}

package jp.go.mhlw.kpi.workflow.engine;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;

/**
 * A parse listener of the application's that the engine adds to every model it parses. A type of its own, so that
 * the bootstrap takes these beans and not the parse listeners of the libraries' bean archives.
 */
public interface ApplicationParseListener extends BpmnParseListener {
}

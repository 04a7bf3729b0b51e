package jp.go.mhlw.kpi.application.process;

import java.util.List;
import java.util.Optional;

/**
 * Reads where the processes of a cycle, a report request and a supply case stand, for the diagrams the screens show;
 * kpi-workflow implements it on the process engine. It reads; it does not authorise: the caller has already loaded
 * the cycle, request or case through the service that checks role and organisation.
 */
public interface ProcessPositions {

    /** The cycle's follow-up process; empty when the cycle has none (entered as history, or not opened yet). */
    Optional<ProcessPosition> ofCycle(long cycleId);

    /** The request's process; empty when it has not started yet. */
    Optional<ProcessPosition> ofRequest(long requestId);

    /**
     * The case's flow and the flows it called (flow B from flow A, the coordination of alternatives), one position
     * per model in the order they first started, the runs of one model merged; empty when its flow never started.
     */
    List<ProcessPosition> ofSupplyCase(String caseNumber);
}

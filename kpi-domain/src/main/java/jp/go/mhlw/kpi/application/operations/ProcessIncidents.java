package jp.go.mhlw.kpi.application.operations;

import java.util.List;
import java.util.Optional;

/** The process engine's open incidents (kpi-workflow implements it). This port does not authorise or audit. */
public interface ProcessIncidents {

    /** The open incidents, oldest first. */
    List<Incident> open();

    /** How many incidents are open (counted by the engine's database). */
    long count();

    Optional<Incident> find(String incidentId);

    /**
     * Runs the failed step again in the background (one more attempt): the incident is resolved at once, and a new
     * one opens if the attempt fails again.
     */
    void retry(String incidentId);

    /** Ends the failed step's process instance for good; the reason stays in the engine's history. */
    void cancel(String incidentId, String reason);
}

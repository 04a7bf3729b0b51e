package jp.go.mhlw.kpi.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jp.go.mhlw.kpi.application.operations.Incident;
import jp.go.mhlw.kpi.application.operations.ProcessIncidents;

/** The engine's incidents as the service sees them (AccountRequestProcessTest covers the real facade). */
public class InMemoryIncidents implements ProcessIncidents {

    public final Map<String, Incident> open = new LinkedHashMap<>();
    public final List<String> calls = new ArrayList<>();

    public Incident add(String id, String businessKey) {
        Incident incident = new Incident(id, "account-request", "Manufacturer account request", "createManufacturerAccount",
                "Create the organisation and the account", businessKey, "The user name maker-1 is already taken.",
                Instant.parse("2026-11-24T01:00:00Z"));
        open.put(id, incident);
        return incident;
    }

    @Override
    public List<Incident> open() {
        return List.copyOf(open.values());
    }

    @Override
    public long count() {
        return open.size();
    }

    @Override
    public Optional<Incident> find(String incidentId) {
        return Optional.ofNullable(open.get(incidentId));
    }

    @Override
    public void retry(String incidentId) {
        calls.add("retry " + incidentId);
    }

    @Override
    public void cancel(String incidentId, String reason) {
        calls.add("cancel " + incidentId + ": " + reason);
        open.remove(incidentId);
    }
}

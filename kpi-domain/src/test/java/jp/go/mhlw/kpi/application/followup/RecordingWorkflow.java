package jp.go.mhlw.kpi.application.followup;

import java.util.ArrayList;
import java.util.List;

/** The collection's processes as the domain sees them, outside the container: it keeps what it was told. */
class RecordingWorkflow implements CollectionWorkflow {

    final List<String> calls = new ArrayList<>();

    @Override
    public void collectionOpened(long cycleId) {
        calls.add("opened " + cycleId);
    }

    @Override
    public void requestSubmitted(long requestId) {
        calls.add("submitted " + requestId);
    }

    @Override
    public void requestReviewed(long requestId, boolean approved) {
        calls.add((approved ? "approved " : "returned ") + requestId);
    }

    @Override
    public void requestDueChanged(long requestId, java.time.Instant dueAt) {
        calls.add("due changed " + requestId);
    }

    @Override
    public void requestResent(long requestId) {
        calls.add("resent " + requestId);
    }

    @Override
    public void requestClosed(long requestId) {
        calls.add("closed " + requestId);
    }

    @Override
    public void requestReopened(long requestId, long cycleId, String organisationCode, String reporterRole) {
        calls.add("reopened " + requestId + " " + reporterRole + ":" + organisationCode);
    }

    @Override
    public void collectionClosed(long cycleId) {
        calls.add("collection closed " + cycleId);
    }
}

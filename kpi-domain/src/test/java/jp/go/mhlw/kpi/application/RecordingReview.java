package jp.go.mhlw.kpi.application;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.accountrequest.AccountRequestReview;

/** The review process as the account-request service sees it: what it was told, in order. */
public class RecordingReview implements AccountRequestReview {

    public final List<String> calls = new ArrayList<>();

    @Override
    public void requestSubmitted(long requestId) {
        calls.add("submitted " + requestId);
    }

    @Override
    public void requestDecided(long requestId, boolean approved) {
        calls.add((approved ? "approved " : "rejected ") + requestId);
    }
}

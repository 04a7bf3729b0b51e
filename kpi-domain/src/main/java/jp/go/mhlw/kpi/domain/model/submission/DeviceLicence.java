package jp.go.mhlw.kpi.domain.model.submission;

import jp.go.mhlw.kpi.domain.shared.Labelled;

/** The marketing authorisations a surveyed company may hold for its devices (承認/認証/届出). */
public enum DeviceLicence implements Labelled {
    APPROVAL,
    CERTIFICATION,
    NOTIFICATION;

    @Override
    public String bundleKey() {
        return "deviceLicence." + name();
    }
}

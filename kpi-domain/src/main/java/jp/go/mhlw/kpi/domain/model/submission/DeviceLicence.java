package jp.go.mhlw.kpi.domain.model.submission;

/** The marketing authorisations a surveyed company may hold for its devices (承認/認証/届出). */
public enum DeviceLicence {
    APPROVAL("承認", "Approval"),
    CERTIFICATION("認証", "Certification"),
    NOTIFICATION("届出", "Notification");

    private final String labelJa;
    private final String labelEn;

    DeviceLicence(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    public String labelJa() {
        return labelJa;
    }

    public String labelEn() {
        return labelEn;
    }
}

package jp.go.mhlw.kpi.domain.model.supply;

/** The manufacturer's contact for the case. Blank parts are allowed in a draft or first report. */
public record ContactPerson(String name, String department, String phone, String email) {

    public ContactPerson {
        name = Text.clean(name);
        department = Text.clean(department);
        phone = Text.clean(phone);
        email = Text.clean(email);
    }

    /** MHLW can reach someone: a name and a phone number or e-mail address. */
    public boolean isComplete() {
        return name != null && (phone != null || email != null);
    }
}

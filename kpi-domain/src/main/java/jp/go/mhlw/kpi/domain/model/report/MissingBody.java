package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A reporting body without an approved submission in the cycle: the published report names it. */
@Embeddable
public class MissingBody {

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    protected MissingBody() {
        // for JPA
    }

    public MissingBody(String organisationCode, String nameJa) {
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getNameJa() {
        return nameJa;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MissingBody that && organisationCode.equals(that.organisationCode);
    }

    @Override
    public int hashCode() {
        return organisationCode.hashCode();
    }
}

package jp.go.mhlw.kpi.domain.model.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A body the cycle asked for a report whose request is not approved: the published report names it with where its
 * request stood ({@link MissingBodies}).
 */
@Embeddable
public class MissingBody {

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    @Column(name = "name_ja", nullable = false, length = 300)
    private String nameJa;

    /** Null only for bodies listed before the state was recorded. */
    @Enumerated(EnumType.STRING)
    @Column(name = "request_state", length = 32)
    private MissingState state;

    protected MissingBody() {
        // for JPA
    }

    public MissingBody(String organisationCode, String nameJa, MissingState state) {
        this.organisationCode = Objects.requireNonNull(organisationCode, "organisationCode");
        this.nameJa = Objects.requireNonNull(nameJa, "nameJa");
        this.state = Objects.requireNonNull(state, "state");
    }

    public String getOrganisationCode() {
        return organisationCode;
    }

    public String getNameJa() {
        return nameJa;
    }

    public Optional<MissingState> state() {
        return Optional.ofNullable(state);
    }

    /** Where its request stood, in the locale's language; empty for a body listed before states were recorded. */
    public String stateLabel(Locale locale) {
        return state == null ? "" : state.label(locale);
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

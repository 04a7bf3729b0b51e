package jp.go.mhlw.kpi.domain.model.catalogue;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;

/**
 * Who reports a KPI (実施主体): either every organisation of a kind (each hub files its own report) or one
 * organisation (AMED, the JFMDA member survey, a ministry division). Exactly one of the two is present.
 */
public record ImplementingBody(Optional<OrganisationKind> kind, Optional<Organisation> organisation) {

    public ImplementingBody {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(organisation, "organisation");
        if (kind.isPresent() == organisation.isPresent()) {
            throw new IllegalArgumentException(
                    "a KPI is reported either by every organisation of a kind or by one organisation, not "
                            + (kind.isPresent() ? "both" : "neither"));
        }
    }

    public static ImplementingBody everyOrganisationOf(OrganisationKind kind) {
        return new ImplementingBody(Optional.of(kind), Optional.empty());
    }

    public static ImplementingBody organisation(Organisation organisation) {
        return new ImplementingBody(Optional.empty(), Optional.of(organisation));
    }

    /** Whether this organisation files the KPI's data. */
    public boolean includes(Organisation candidate) {
        return organisation.map(o -> o.getCode().equals(candidate.getCode()))
                .orElseGet(() -> kind.get() == candidate.getKind());
    }

    /** The organisation's name, or the kind (e.g. "HUB") when every organisation of it reports. */
    public String describe(Locale locale) {
        return organisation.map(o -> o.name(locale)).orElseGet(() -> kind.get().name());
    }
}

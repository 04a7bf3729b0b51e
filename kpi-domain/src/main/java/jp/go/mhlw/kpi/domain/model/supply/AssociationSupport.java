package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;

/** What the industry association did to support the case, as it recorded it. */
public record AssociationSupport(String organisationCode, String whatWasDone, String recordedBy, Instant recordedAt) {

    public AssociationSupport {
        organisationCode = Text.required(organisationCode, "the association's organisation code");
        whatWasDone = Text.required(whatWasDone, "what the association did");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(recordedAt, "recordedAt");
    }
}

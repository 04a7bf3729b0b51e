package jp.go.mhlw.kpi.domain.model.supply;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** MHLW's request to the maker of an alternative product for stock and production data, and its answer. */
public record StockRequest(String makerOrganisationCode, Instant requestedAt, StockAnswer answer, String answeredBy,
        Instant answeredAt) {

    public StockRequest {
        makerOrganisationCode = Text.required(makerOrganisationCode, "the maker's organisation code");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if ((answer == null) != (answeredBy == null) || (answer == null) != (answeredAt == null)) {
            throw new IllegalArgumentException("an answer comes with who answered and when");
        }
    }

    static StockRequest sent(String makerOrganisationCode, Instant at) {
        return new StockRequest(makerOrganisationCode, at, null, null, null);
    }

    StockRequest answered(StockAnswer stockAnswer, String by, Instant at) {
        return new StockRequest(makerOrganisationCode, requestedAt, Objects.requireNonNull(stockAnswer, "answer"), by, at);
    }

    public boolean isAnswered() {
        return answer != null;
    }

    public Optional<StockAnswer> stockAnswer() {
        return Optional.ofNullable(answer);
    }
}

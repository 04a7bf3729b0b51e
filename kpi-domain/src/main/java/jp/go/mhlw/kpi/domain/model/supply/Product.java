package jp.go.mhlw.kpi.domain.model.supply;

import java.util.Optional;

/**
 * The product a case is about: its sales name (販売名) and, once known, its approval, certification or
 * notification number (承認・認証・届出番号).
 */
public record Product(String name, String approvalNumber) {

    public Product {
        name = Text.required(name, "product name");
        approvalNumber = Text.clean(approvalNumber);
    }

    public Optional<String> approval() {
        return Optional.ofNullable(approvalNumber);
    }
}

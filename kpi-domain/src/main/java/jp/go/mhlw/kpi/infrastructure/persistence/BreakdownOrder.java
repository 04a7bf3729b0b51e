package jp.go.mhlw.kpi.infrastructure.persistence;

import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.domain.model.catalogue.Kpi;
import jp.go.mhlw.kpi.domain.model.catalogue.KpiBreakdown;

/** Where a breakdown key stands among its KPI's keys: TOTAL first, then the keys in the computation's order. */
final class BreakdownOrder {

    private BreakdownOrder() {
    }

    static int position(Kpi kpi, String key) {
        if (KpiBreakdown.TOTAL.equals(key)) {
            return 0;
        }
        List<String> keys = kpi.breakdown().map(b -> new ArrayList<>(b.keys())).orElseGet(ArrayList::new);
        int index = keys.indexOf(key);
        return index < 0 ? Integer.MAX_VALUE : index + 1;
    }
}

package jp.go.mhlw.kpi.web.view.publicsite;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.go.mhlw.kpi.application.supply.PublicSupplyNotice;
import jp.go.mhlw.kpi.application.supply.SupplyCaseQueries;
import jp.go.mhlw.kpi.web.view.supply.SupplyText;

/** The public list of current shortages and terminations MHLW published; no login. */
@Named
@RequestScoped
public class PublicSupplyList {

    @Inject
    SupplyCaseQueries queries;

    private List<PublicSupplyNotice> notices;

    public List<PublicSupplyNotice> getNotices() {
        if (notices == null) {
            notices = queries.publicList();
        }
        return notices;
    }

    public boolean isEnglish() {
        return SupplyText.isEnglish();
    }
}

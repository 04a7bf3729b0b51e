package jp.go.mhlw.kpi.web.view.supply;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import jp.go.mhlw.kpi.application.PublicSupplyNotice;
import jp.go.mhlw.kpi.application.SupplyCaseService;

/** The public list of current shortages and terminations MHLW published; no login. */
@Named
@RequestScoped
public class PublicSupplyList {

    @Inject
    SupplyCaseService service;

    private List<PublicSupplyNotice> notices;

    public List<PublicSupplyNotice> getNotices() {
        if (notices == null) {
            notices = service.publicList();
        }
        return notices;
    }

    public boolean isEnglish() {
        return SupplyText.isEnglish();
    }
}

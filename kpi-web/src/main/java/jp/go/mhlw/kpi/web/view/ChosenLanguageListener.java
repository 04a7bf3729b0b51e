package jp.go.mhlw.kpi.web.view;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Gives the restored view the language the user chose, before any bean runs. The template's {@code f:view locale}
 * takes effect only when the page is drawn, so without this a page's view action (which reads its texts and step
 * names) would speak the browser's language instead of the chosen one.
 */
public class ChosenLanguageListener implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void afterPhase(PhaseEvent event) {
        var root = event.getFacesContext().getViewRoot();
        if (root != null) {
            root.setLocale(CDI.current().select(LanguageSelector.class).get().getLocale());
        }
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // the view is known only once it was restored
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }
}

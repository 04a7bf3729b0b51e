package jp.go.mhlw.kpi.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import jp.go.mhlw.kpi.application.admin.OrganisationDirectory;
import jp.go.mhlw.kpi.application.notification.StepMail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.security.Caller;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Who is logged in: name, organisation and roles, and the e-mails the role gets, shown on every home page; routes
 * the start page.
 */
@Named
@RequestScoped
public class HomeView {

    @Inject
    CurrentCaller currentCaller;

    @Inject
    OrganisationDirectory directory;


    private Organisation organisation;
    private boolean organisationLoaded;

    public boolean isLoggedIn() {
        return currentCaller.get().isPresent();
    }

    public String getUserName() {
        return caller().userName();
    }

    public String getOrganisationCode() {
        return caller().organisationCode().orElse("");
    }

    /** The organisation's name in the current language, or empty when the code is unknown to the platform. */
    public String getOrganisationName() {
        Organisation found = organisation();
        return found == null ? "" : found.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<RoleHome> getHomes() {
        if (!isLoggedIn()) {
            return List.of();
        }
        return caller().roles().stream().map(RoleHome::of).sorted(Comparator.naturalOrder()).toList();
    }

    /** The e-mails a user with this role gets, in the screen's language; none for a role it does not know. */
    public List<String> mailsFor(String roleName) {
        return mailsFor(roleName, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    static List<String> mailsFor(String roleName, Locale locale) {
        return Role.byName(roleName).map(StepMail::labelKeysFor).orElse(List.of()).stream()
                .map(key -> Texts.text(locale, key)).toList();
    }

    /** The start page sends a user with exactly one role straight to that role's home. */
    public String route() {
        List<RoleHome> homes = getHomes();
        return homes.size() == 1 ? homes.get(0).getPage() + "?faces-redirect=true" : null;
    }

    private Caller caller() {
        return currentCaller.require();
    }

    private Organisation organisation() {
        if (!organisationLoaded) {
            organisation = caller().organisationCode().flatMap(directory::findByCode).orElse(null);
            organisationLoaded = true;
        }
        return organisation;
    }
}

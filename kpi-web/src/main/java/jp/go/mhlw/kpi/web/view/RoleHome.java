package jp.go.mhlw.kpi.web.view;

import java.util.Arrays;
import jp.go.mhlw.kpi.domain.model.security.Role;

/** Each role's home page; the folder is also the URL space web.xml reserves for that role. */
public enum RoleHome {
    SECRETARIAT(Role.SECRETARIAT, "/secretariat/index.xhtml"),
    MINISTRY_OFFICER(Role.MINISTRY_OFFICER, "/officer/index.xhtml"),
    HUB_REPORTER(Role.HUB_REPORTER, "/hub/index.xhtml"),
    AMED_REPORTER(Role.AMED_REPORTER, "/amed/index.xhtml"),
    SURVEY_REPORTER(Role.SURVEY_REPORTER, "/survey/index.xhtml"),
    MANUFACTURER(Role.MANUFACTURER, "/manufacturer/index.xhtml"),
    INDUSTRY_ASSOCIATION(Role.INDUSTRY_ASSOCIATION, "/association/index.xhtml"),
    COMMITTEE_MEMBER(Role.COMMITTEE_MEMBER, "/committee/index.xhtml"),
    ADMIN(Role.ADMIN, "/admin/index.xhtml");

    private final Role role;
    private final String page;

    RoleHome(Role role, String page) {
        this.role = role;
        this.page = page;
    }

    public Role getRole() {
        return role;
    }

    public String getPage() {
        return page;
    }

    /** The bundle key of the role's display name. */
    public String getLabelKey() {
        return "role." + role.roleName();
    }

    public static RoleHome of(Role role) {
        return Arrays.stream(values()).filter(home -> home.role == role).findFirst().orElseThrow();
    }
}

package jp.go.mhlw.kpi.domain.model.security;

import java.util.Arrays;
import java.util.Optional;

/** The platform's roles; each name is a Keycloak realm role and a Jakarta EE security role. */
public enum Role {
    SECRETARIAT(Names.SECRETARIAT),
    MINISTRY_OFFICER(Names.MINISTRY_OFFICER),
    HUB_REPORTER(Names.HUB_REPORTER),
    AMED_REPORTER(Names.AMED_REPORTER),
    SURVEY_REPORTER(Names.SURVEY_REPORTER),
    MANUFACTURER(Names.MANUFACTURER),
    INDUSTRY_ASSOCIATION(Names.INDUSTRY_ASSOCIATION),
    COMMITTEE_MEMBER(Names.COMMITTEE_MEMBER),
    ADMIN(Names.ADMIN);

    /** The role names as constants, for annotations such as {@code @RolesAllowed}. */
    public static final class Names {
        public static final String SECRETARIAT = "secretariat";
        public static final String MINISTRY_OFFICER = "ministry-officer";
        public static final String HUB_REPORTER = "hub-reporter";
        public static final String AMED_REPORTER = "amed-reporter";
        public static final String SURVEY_REPORTER = "survey-reporter";
        public static final String MANUFACTURER = "manufacturer";
        public static final String INDUSTRY_ASSOCIATION = "industry-association";
        public static final String COMMITTEE_MEMBER = "committee-member";
        public static final String ADMIN = "admin";

        private Names() {
        }
    }

    private final String roleName;

    Role(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<Role> byName(String name) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(name)).findFirst();
    }
}

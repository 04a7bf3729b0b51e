package jp.go.mhlw.kpi.application.notification;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.security.Role;

/**
 * The e-mails sent when a step starts waiting for someone, and the one table of who gets which on which step. A
 * process step (a user task of the models, by element id) opening or being done sends the mails listed for it;
 * {@link #TASK_REASSIGNED} is sent by the reassignment itself. The request and reminder e-mails of the follow-up
 * are {@code RequestMail}s, sent by the collection.
 */
public enum StepMail {

    /** The manufacturer's report is awaited (additional, simple report, termination notice). */
    SUPPLY_REPORT_DUE(Audience.CASE_MANUFACTURER, "fileAdditionalReport", "fileSimpleReport", "fileTerminationNotice"),
    /** MHLW asks the manufacturer for a decision: a response, its consent, its follow-up. */
    SUPPLY_ASKED(Audience.CASE_MANUFACTURER, "considerResponse", "decideConsent", "followUpSupply"),
    /** The manufacturer's report or response is overdue (MHLW is told to chase it). */
    SUPPLY_OVERDUE(Audience.CASE_MANUFACTURER, "chaseOverdueAdditionalReport", "chaseOverdueResponse"),
    /** A report is in and awaits MHLW's triage. */
    SUPPLY_REPORT_FILED(Audience.OFFICERS, "triageReport"),
    /** An answer from a manufacturer or the association arrived. */
    SUPPLY_ANSWER_RECEIVED(Audience.OFFICERS, "requestAlternativeStock", "closeCase"),
    /** A deadline of the case passed. */
    SUPPLY_DEADLINE_PASSED(Audience.OFFICERS, "chaseOverdueAdditionalReport", "chaseOverdueResponse",
            "escalateOverdueTriage"),
    /** MHLW asks a maker of an alternative product for stock and production data. */
    SUPPLY_STOCK_ASKED(Audience.ALTERNATIVE_MAKER, "answerStockRequest"),
    /** MHLW asks the industry association for support. */
    SUPPLY_SUPPORT_ASKED(Audience.ASSOCIATION, "recordAssociationSupport"),
    /** The officer returned the report for correction (the reporter's step opens again after a review). */
    REQUEST_RETURNED(Audience.REPORTER, "submitReport"),
    /** A report request is overdue: the secretariat decides what to do. */
    REQUEST_ESCALATED(Audience.SECRETARIAT, "escalateOverdueRequest"),
    /** An officer or the secretariat handed a task to this user. */
    TASK_REASSIGNED(Audience.ASSIGNEE);

    /**
     * The steps whose being done sends a mail although no step of the recipients opens with it: an answer that
     * completes part of the coordination while other parts still wait.
     */
    private static final Set<String> ANSWERS = Set.of("answerStockRequest", "recordAssociationSupport",
            "considerResponse", "fileSimpleReport");

    /** Who a mail goes to; {@link #roles()} are the roles whose users get it. */
    public enum Audience {
        /** The case's manufacturer's users. */
        CASE_MANUFACTURER(Role.MANUFACTURER),
        /** Every ministry officer of the ministry's divisions. */
        OFFICERS(Role.MINISTRY_OFFICER),
        /** The users of a maker asked about its alternative product. */
        ALTERNATIVE_MAKER(Role.MANUFACTURER),
        /** The users of the industry association asked for support. */
        ASSOCIATION(Role.INDUSTRY_ASSOCIATION),
        /** The reporters of the body a request is for. */
        REPORTER(Role.HUB_REPORTER, Role.AMED_REPORTER, Role.SURVEY_REPORTER),
        /** The secretariat of the ministry's divisions. */
        SECRETARIAT(Role.SECRETARIAT),
        /** One user, by user name: the new holder of a task. */
        ASSIGNEE(Role.SECRETARIAT, Role.MINISTRY_OFFICER);

        private final List<Role> roles;

        Audience(Role... roles) {
            this.roles = List.of(roles);
        }

        public List<Role> roles() {
            return roles;
        }

        /** True for the audiences that are the users of one organisation, given by code. */
        public boolean isOrganisation() {
            return this == CASE_MANUFACTURER || this == ALTERNATIVE_MAKER || this == ASSOCIATION || this == REPORTER;
        }
    }

    private final Audience audience;
    private final List<String> steps;

    StepMail(Audience audience, String... steps) {
        this.audience = audience;
        this.steps = List.of(steps);
    }

    public Audience audience() {
        return audience;
    }

    /** The bundle keys of its texts: {@code mail.<NAME>.subject}, {@code .body}, {@code .label} (the profile's list). */
    public String bundleKey(String part) {
        return "mail." + name() + "." + part;
    }

    /** True for the mails about a supply case (the reference is its case number). */
    public boolean isSupply() {
        return name().startsWith("SUPPLY_");
    }

    /** The mails a step sends when it opens (a user task created). */
    public static List<StepMail> onStepOpened(String stepId) {
        List<StepMail> mails = new ArrayList<>();
        for (StepMail mail : values()) {
            if (mail.steps.contains(stepId)) {
                mails.add(mail);
            }
        }
        return mails;
    }

    /**
     * The mails a step sends when it is done: the officers hear of an answer that opens none of their steps.
     */
    public static List<StepMail> onStepDone(String stepId) {
        return ANSWERS.contains(stepId) ? List.of(SUPPLY_ANSWER_RECEIVED) : List.of();
    }

    /** The mails a user with this role may get, in the order of this table. */
    public static List<StepMail> receivedBy(Role role) {
        return Arrays.stream(values()).filter(mail -> mail.audience.roles.contains(role)).toList();
    }

    /**
     * The bundle keys of the labels of every mail a user with this role may get, the follow-up's request and
     * reminder first for the reporters: the list on the role's home page.
     */
    public static List<String> labelKeysFor(Role role) {
        List<String> keys = new ArrayList<>();
        if (Audience.REPORTER.roles.contains(role)) {
            keys.add("followup.mail.label.REQUEST");
            keys.add("followup.mail.label.REMINDER");
        }
        receivedBy(role).forEach(mail -> keys.add(mail.bundleKey("label")));
        return keys;
    }
}

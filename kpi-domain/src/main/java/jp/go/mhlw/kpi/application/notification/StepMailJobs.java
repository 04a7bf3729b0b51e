package jp.go.mhlw.kpi.application.notification;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Logger;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.application.followup.MailSender;
import jp.go.mhlw.kpi.application.followup.ReportRequestNotFoundException;
import jp.go.mhlw.kpi.application.followup.RequestMail;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.account.UserAccount;
import jp.go.mhlw.kpi.domain.model.audit.AuditEntry;
import jp.go.mhlw.kpi.domain.model.organisation.Organisation;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationKind;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.security.Role;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCase;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;
import jp.go.mhlw.kpi.domain.shared.Texts;

/**
 * Sends a {@link StepMail} from the job the process engine runs after the step's transaction committed: finds the
 * recipients (the identity provider's enabled users of the organisation or of the ministry's divisions with the
 * audience's role, or the one assignee), and sends each the mail in the language they chose, with the link to the
 * page. A failure to send is an exception, so that the job is retried and becomes an incident. Permitted to all
 * because no user is behind a job; nothing here is reachable from a screen or the API.
 */
@Stateless
@PermitAll
public class StepMailJobs {

    private static final Logger LOG = Logger.getLogger(StepMailJobs.class.getName());
    /**
     * The audit's object type of a mail sent, its object id the case number, the request id or the assignee: not the
     * case's or the request's own type, so that a case's history lists what people did, not the mails about it.
     */
    static final String OBJECT_TYPE = "mail";

    @Inject
    IdentityProvider identities;

    @Inject
    OrganisationRepository organisations;

    @Inject
    SupplyCaseRepository cases;

    @Inject
    ReportRequestRepository requests;

    @Inject
    MailSender mailSender;

    @Inject
    FollowUpSettings settings;

    @Inject
    AuditTrail auditTrail;

    /** What a mail says and links to, in both languages; built once per mail. */
    private record Content(String objectId, String organisation, String[] argumentsJa,
                           String[] argumentsEn) {

        String[] arguments(Locale language) {
            return Texts.isEnglish(language) ? argumentsEn : argumentsJa;
        }
    }

    /**
     * Sends the mail; nothing when nobody with an e-mail address is to get it (the log says so: retrying would not
     * help).
     *
     * @return how many users it was sent to
     */
    public int send(StepMail mail, String reference, String party) {
        Objects.requireNonNull(mail, "mail");
        Content content = content(mail, reference, party);
        List<UserAccount> recipients = recipients(mail, content, party);
        if (recipients.isEmpty()) {
            LOG.warning(() -> "Mail " + mail + " for " + reference + ": nobody with an e-mail address to send it to");
            return 0;
        }
        Map<Locale, List<String>> byLanguage = new LinkedHashMap<>();
        recipients.forEach(user -> byLanguage.computeIfAbsent(user.getLanguage(), language -> new ArrayList<>())
                .add(user.getEmail()));
        byLanguage.forEach((language, addresses) -> mailSender.send(compose(mail, language, addresses, content)));
        auditTrail.record(AuditEntry.of("mail.sent", OBJECT_TYPE, content.objectId(), content.organisation(),
                Texts.text(Texts.JAPANESE, "mail.audit", Texts.text(Texts.JAPANESE, mail.bundleKey("label")),
                        String.valueOf(recipients.size()))));
        return recipients.size();
    }

    /** The mail in one language: subject and body from the domain bundle, with the link to the page. */
    static RequestMail compose(StepMail mail, Locale language, List<String> addresses, String... arguments) {
        String subject = Texts.text(language, "mail.subject", Texts.text(language, mail.bundleKey("subject"),
                (Object[]) arguments));
        String body = Texts.text(language, mail.bundleKey("body"), (Object[]) arguments)
                + Texts.text(language, "mail.footer");
        return new RequestMail(addresses, subject, body);
    }

    private static RequestMail compose(StepMail mail, Locale language, List<String> addresses, Content content) {
        return compose(mail, language, addresses, content.arguments(language));
    }

    /** {0} what it is about, {1} its detail, {2} the link. */
    private Content content(StepMail mail, String reference, String party) {
        String base = settings.getBaseUrl();
        if (mail.isSupply()) {
            SupplyCase supplyCase = cases.find(reference)
                    .orElseThrow(() -> new IllegalArgumentException("There is no supply case " + reference));
            String link = base + "/supply/case.xhtml?case=" + reference;
            String product = supplyCase.product() == null ? "" : supplyCase.product().name();
            String[] arguments = {reference, product, link};
            return new Content(reference, supplyCase.manufacturerOrganisationCode(), arguments,
                    arguments);
        }
        if (mail == StepMail.TASK_REASSIGNED) {
            String[] arguments = {reference, party, base + "/tasks/index.xhtml"};
            return new Content(party, null, arguments, arguments);
        }
        long requestId = Long.parseLong(reference);
        ReportRequest request = requests.find(requestId).orElseThrow(() -> new ReportRequestNotFoundException(requestId));
        String link = mail == StepMail.REQUEST_RETURNED ? settings.reportFormUrl(requestId)
                : base + "/cycle/dashboard.xhtml?cycle=" + request.getCycle().getId();
        String cycle = request.getCycle().getDisplayName();
        return new Content(reference, request.getOrganisationCode(),
                new String[] {request.getOrganisation().getNameJa(), cycle, link},
                new String[] {request.getOrganisation().getNameEn(), cycle, link});
    }

    private List<UserAccount> recipients(StepMail mail, Content content, String party) {
        List<UserAccount> candidates;
        List<Role> roles = mail.audience().roles();
        switch (mail.audience()) {
            case ASSIGNEE -> candidates = identities.findByUsername(party).stream().toList();
            case OFFICERS, SECRETARIAT -> candidates = ministryUsers();
            case REPORTER -> {
                ReportRequest request = requests.find(Long.parseLong(content.objectId())).orElseThrow();
                candidates = identities.findByOrganisation(request.getOrganisationCode());
                roles = List.of(request.getReporterRole());
            }
            default -> candidates = party == null ? List.of() : identities.findByOrganisation(party);
        }
        List<Role> wanted = roles;
        return candidates.stream()
                .filter(UserAccount::isEnabled)
                .filter(user -> mail.audience() == StepMail.Audience.ASSIGNEE || wanted.stream().anyMatch(user::hasRole))
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .toList();
    }

    /** The users of the ministry's divisions (officers and secretariat are there, not in one organisation). */
    private List<UserAccount> ministryUsers() {
        return organisations.findAllActive().stream()
                .filter(organisation -> organisation.getKind() == OrganisationKind.MINISTRY_DIVISION)
                .map(Organisation::getCode)
                .flatMap(code -> identities.findByOrganisation(code).stream())
                .toList();
    }
}

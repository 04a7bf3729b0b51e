package jp.go.mhlw.kpi.application.notification;

import java.util.Optional;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.followup.FollowUpSettings;
import jp.go.mhlw.kpi.application.followup.MailSender;
import jp.go.mhlw.kpi.domain.model.account.IdentityProvider;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.request.ReportRequestRepository;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;

/** The step-mail job as the container would wire it, for tests outside this package (the audit completeness). */
public final class StepMailWiring {

    private StepMailWiring() {
    }

    public static StepMailJobs jobs(IdentityProvider identities, OrganisationRepository organisations,
            SupplyCaseRepository cases, ReportRequestRepository requests, MailSender sender, AuditTrail audit) {
        StepMailJobs jobs = new StepMailJobs();
        jobs.identities = identities;
        jobs.organisations = organisations;
        jobs.cases = cases;
        jobs.requests = requests;
        jobs.mailSender = sender;
        jobs.settings = new FollowUpSettings(name -> Optional.empty());
        jobs.auditTrail = audit;
        return jobs;
    }
}

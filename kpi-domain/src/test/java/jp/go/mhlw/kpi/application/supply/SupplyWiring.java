package jp.go.mhlw.kpi.application.supply;

import java.time.Clock;
import jp.go.mhlw.kpi.application.audit.AuditTrail;
import jp.go.mhlw.kpi.application.security.CurrentCaller;
import jp.go.mhlw.kpi.domain.model.audit.AuditRepository;
import jp.go.mhlw.kpi.domain.model.organisation.OrganisationRepository;
import jp.go.mhlw.kpi.domain.model.setting.Settings;
import jp.go.mhlw.kpi.domain.model.supply.SupplyCaseRepository;

/** The supply-case services as the container would wire them for one caller's request, for tests. */
public final class SupplyWiring {

    private SupplyWiring() {
    }

    /** The four services of one request, sharing their collaborators (and one {@link SupplyCaseSteps}). */
    public record SupplyServices(SupplyFilings filings, SupplyCaseHandling handling, AssociationSupport association,
            SupplyCaseQueries queries) {
    }

    public static SupplyServices supplyServices(SupplyCaseRepository cases, OrganisationRepository organisations,
            AuditTrail trail, CurrentCaller caller, SupplyCaseWorkflow workflow, SupplyPublications publications,
            SupplyAttachments attachments, AuditRepository auditRecords, Settings settings, Clock clock) {
        SupplyDeadlines deadlines = new SupplyDeadlines();
        deadlines.settings = settings;
        return supplyServices(cases, organisations, trail, caller, workflow, publications, attachments, auditRecords,
                deadlines, clock);
    }

    static SupplyServices supplyServices(SupplyCaseRepository cases, OrganisationRepository organisations,
            AuditTrail trail, CurrentCaller caller, SupplyCaseWorkflow workflow, SupplyPublications publications,
            SupplyAttachments attachments, AuditRepository auditRecords, SupplyDeadlines deadlines, Clock clock) {
        SupplyCaseSteps steps = new SupplyCaseSteps();
        steps.cases = cases;
        steps.auditTrail = trail;
        steps.currentCaller = caller;
        steps.workflow = workflow;
        steps.clock = clock;

        SupplyFilings filings = new SupplyFilings();
        filings.steps = steps;
        filings.organisations = organisations;
        filings.workflow = workflow;
        filings.deadlines = deadlines;
        filings.attachments = attachments;

        SupplyCaseHandling handling = new SupplyCaseHandling();
        handling.steps = steps;
        handling.workflow = workflow;
        handling.publications = publications;

        AssociationSupport association = new AssociationSupport();
        association.steps = steps;
        association.workflow = workflow;

        SupplyCaseQueries queries = new SupplyCaseQueries();
        queries.cases = cases;
        queries.organisations = organisations;
        queries.currentCaller = caller;
        queries.workflow = workflow;
        queries.publications = publications;
        queries.auditRecords = auditRecords;
        queries.attachments = attachments;
        return new SupplyServices(filings, handling, association, queries);
    }
}

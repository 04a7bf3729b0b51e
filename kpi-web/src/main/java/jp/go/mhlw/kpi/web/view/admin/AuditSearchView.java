package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import jp.go.mhlw.kpi.application.audit.AuditLog;
import jp.go.mhlw.kpi.domain.model.audit.AuditRecord;
import jp.go.mhlw.kpi.domain.model.audit.AuditSearch;
import jp.go.mhlw.kpi.domain.model.cycle.JapaneseFiscalYear;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * audit.xhtml: the audit trail searched by user, organisation, object and period (days in Japan time, both ends
 * included), newest first, a page at a time; the same search as CSV (UTF-8 with BOM, so that Excel reads the
 * Japanese text).
 */
@Named
@ViewScoped
public class AuditSearchView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** One record as the table shows it. */
    public static final class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long id;
        private final String occurredAt;
        private final String actor;
        private final String actorOrganisation;
        private final String action;
        private final String objectType;
        private final String objectId;
        private final String objectOrganisation;
        private final String summary;
        private final String before;
        private final String after;

        Row(AuditRecord record) {
            this.id = record.getId();
            this.occurredAt = record.getOccurredAt().atZoneSameInstant(JapaneseFiscalYear.JAPAN_TIME).format(TIME);
            this.actor = record.getActor();
            this.actorOrganisation = record.getActorOrganisation();
            this.action = record.getAction();
            this.objectType = record.getObjectType();
            this.objectId = record.getObjectId();
            this.objectOrganisation = record.getObjectOrganisation();
            this.summary = record.getSummary();
            this.before = record.getBeforeState();
            this.after = record.getAfterState();
        }

        public long getId() {
            return id;
        }

        public String getOccurredAt() {
            return occurredAt;
        }

        public String getActor() {
            return actor;
        }

        public String getActorOrganisation() {
            return actorOrganisation;
        }

        public String getAction() {
            return action;
        }

        public String getObjectType() {
            return objectType;
        }

        public String getObjectId() {
            return objectId;
        }

        public String getObjectOrganisation() {
            return objectOrganisation;
        }

        public String getSummary() {
            return summary;
        }

        public String getBefore() {
            return before;
        }

        public String getAfter() {
            return after;
        }
    }

    /** The records of the search in force, loaded a page at a time. */
    private final class Records extends LazyDataModel<Row> {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return criteria == null ? 0 : (int) Math.min(Integer.MAX_VALUE, auditLog.count(search(0, 1)));
        }

        @Override
        public List<Row> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            if (criteria == null) {
                return List.of();
            }
            return auditLog.search(search(first, Math.max(1, Math.min(pageSize, AuditSearch.MAX_PAGE))))
                    .stream().map(Row::new).toList();
        }

        @Override
        public String getRowKey(Row row) {
            return Long.toString(row.getId());
        }

        @Override
        public Row getRowData(String rowKey) {
            return null;
        }
    }

    @Inject
    transient AuditLog auditLog;

    private String actor;
    private String organisation;
    private String objectType;
    private String objectId;
    private LocalDate from;
    private LocalDate until;
    /** The criteria of the last valid search; records are shown for them. */
    private AuditSearchCriteria criteria;
    private final Records records = new Records();

    /** The search as last accepted (a record: it never reaches a page). */
    private record AuditSearchCriteria(String actor, String organisation, String objectType, String objectId,
                                       OffsetDateTime from, OffsetDateTime until) implements Serializable {
    }

    /** The page opens with the newest records of all. */
    public void load() {
        if (criteria == null) {
            criteria = new AuditSearchCriteria(null, null, null, null, null, null);
        }
    }

    /** A new search starts on its first page. */
    public void search() {
        if (accept()) {
            firstPage();
        }
    }

    /** Takes the form's criteria for the search, unless the period ends before it starts. */
    private boolean accept() {
        if (from != null && until != null && until.isBefore(from)) {
            Feedback.problems("auditForm", false, List.of(Problem.at("until", "admin.audit.periodOrder")));
            return false;
        }
        criteria = new AuditSearchCriteria(blankToNull(actor), blankToNull(organisation), blankToNull(objectType),
                blankToNull(objectId), from == null ? null : from.atStartOfDay(JapaneseFiscalYear.JAPAN_TIME).toOffsetDateTime(),
                until == null ? null : until.plusDays(1).atStartOfDay(JapaneseFiscalYear.JAPAN_TIME).toOffsetDateTime());
        return true;
    }

    public void clear() {
        actor = null;
        organisation = null;
        objectType = null;
        objectId = null;
        from = null;
        until = null;
        criteria = new AuditSearchCriteria(null, null, null, null, null, null);
        firstPage();
    }

    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent("auditForm:records") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The current form's search as CSV; an invalid period exports nothing but the message. */
    public StreamedContent getCsv() {
        if (!accept()) {
            return null;
        }
        AuditSearch search = search(0, AuditSearch.MAX_PAGE);
        AuditLog log = auditLog;
        String name = "audit-" + LocalDate.now(JapaneseFiscalYear.JAPAN_TIME) + ".csv";
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType("text/csv; charset=UTF-8")
                .writer(out -> {
                    try {
                        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                        writer.write('\uFEFF');
                        log.exportCsv(search, writer);
                        writer.flush();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private AuditSearch search(int first, int max) {
        return new AuditSearch(criteria.actor(), criteria.organisation(), criteria.objectType(), criteria.objectId(),
                criteria.from(), criteria.until(), first, max);
    }

    public LazyDataModel<Row> getRecords() {
        return records;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getObjectType() {
        return objectType;
    }

    public void setObjectType(String objectType) {
        this.objectType = objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public void setObjectId(String objectId) {
        this.objectId = objectId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }
}

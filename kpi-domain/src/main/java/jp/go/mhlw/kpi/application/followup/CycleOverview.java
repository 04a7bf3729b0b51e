package jp.go.mhlw.kpi.application.followup;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.request.RequestState;

/**
 * A cycle's collection as the secretariat's dashboard shows it: every body with its request's state, and the
 * completion (approved of asked) and timeliness (first submitted on or before the due date, of asked) shares.
 * Getters for EL.
 */
public record CycleOverview(long cycleId, String cycleKey, String displayName, CycleStatus status, LocalDate collectionDue,
                            String reminderDays, LocalDate today, List<Row> rows, SurveyDates surveyDates,
                            boolean surveyDatesChangeable) {

    public CycleOverview {
        rows = List.copyOf(rows);
    }

    /** One body's request. */
    public record Row(long requestId, String organisationCode, String nameJa, String nameEn, String kind, RequestState state,
                      LocalDate due, boolean overdue, boolean submittedOnTime, int remindersSent, String lastComment) {

        public long getRequestId() {
            return requestId;
        }

        public String getOrganisationCode() {
            return organisationCode;
        }

        public String name(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? nameEn : nameJa;
        }

        public String getNameJa() {
            return nameJa;
        }

        /** What the dashboard's filter searches: both names and the code. */
        public String getSearchText() {
            return nameJa + " " + nameEn + " " + organisationCode;
        }

        public String getNameEn() {
            return nameEn;
        }

        public String getKind() {
            return kind;
        }

        public RequestState getState() {
            return state;
        }

        public LocalDate getDue() {
            return due;
        }

        public boolean isOverdue() {
            return overdue;
        }

        public boolean isSubmittedOnTime() {
            return submittedOnTime;
        }

        public boolean isOpen() {
            return !state.isSettled();
        }

        public int getRemindersSent() {
            return remindersSent;
        }

        public String getLastComment() {
            return lastComment;
        }
    }

    public long getCycleId() {
        return cycleId;
    }

    public String getCycleKey() {
        return cycleKey;
    }

    public String getDisplayName() {
        return displayName;
    }

    public CycleStatus getStatus() {
        return status;
    }

    public LocalDate getCollectionDue() {
        return collectionDue;
    }

    /** Whether the secretariat may still set the survey dates (FollowUpCycle#areSurveyDatesChangeable). */
    public boolean isSurveyDatesChangeable() {
        return surveyDatesChangeable;
    }

    public SurveyDates getSurveyDates() {
        return surveyDates;
    }

    /** What the aggregation still needs: the fields of the survey dates not yet set (empty when complete). */
    public List<String> getMissingSurveyDates() {
        return surveyDates.problems().stream().map(problem -> problem.field()).toList();
    }

    public String getReminderDays() {
        return reminderDays;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Row> getOverdueRows() {
        return rows.stream().filter(Row::isOverdue).toList();
    }

    public List<Row> getOpenRows() {
        return rows.stream().filter(Row::isOpen).toList();
    }

    public int getRequested() {
        return rows.size();
    }

    public long getApproved() {
        return rows.stream().filter(row -> row.state() == RequestState.APPROVED).count();
    }

    public long getCount(RequestState state) {
        return rows.stream().filter(row -> row.state() == state).count();
    }

    /** Approved of asked, in percent with one decimal ("85.0"). */
    public BigDecimal getCompletionPercent() {
        return percent(getApproved());
    }

    /** First submitted on or before the due date, of asked. */
    public BigDecimal getTimelinessPercent() {
        return percent(rows.stream().filter(Row::submittedOnTime).count());
    }

    /**
     * Completion and timeliness per kind of body (hubs, AMED, ministry divisions, the survey), in the order kinds
     * first appear among the rows; each with how many of its bodies are overdue.
     */
    public List<KindProgress> getKinds() {
        Map<String, List<Row>> byKind = new LinkedHashMap<>();
        rows.forEach(row -> byKind.computeIfAbsent(row.kind(), kind -> new ArrayList<>()).add(row));
        return byKind.entrySet().stream().map(entry -> KindProgress.of(entry.getKey(), entry.getValue())).toList();
    }

    /** Days from today to the collection's due date: 0 on the day, negative once it has passed; null without one. */
    public Long getDaysToDeadline() {
        return collectionDue == null ? null : ChronoUnit.DAYS.between(today, collectionDue);
    }

    /** One kind of body in the cycle: asked, approved, first submitted on time, overdue, and the two shares. */
    public record KindProgress(String kind, int requested, long approved, long onTime, long overdue) {

        static KindProgress of(String kind, List<Row> rows) {
            return new KindProgress(kind, rows.size(), rows.stream().filter(row -> row.state() == RequestState.APPROVED).count(),
                    rows.stream().filter(Row::submittedOnTime).count(), rows.stream().filter(Row::overdue).count());
        }

        public String getKind() {
            return kind;
        }

        public int getRequested() {
            return requested;
        }

        public long getApproved() {
            return approved;
        }

        public long getOverdue() {
            return overdue;
        }

        public BigDecimal getCompletionPercent() {
            return share(approved, requested);
        }

        public BigDecimal getTimelinessPercent() {
            return share(onTime, requested);
        }
    }

    public boolean isCollecting() {
        return status == CycleStatus.COLLECTING;
    }

    private BigDecimal percent(long part) {
        return share(part, rows.size());
    }

    private static BigDecimal share(long part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

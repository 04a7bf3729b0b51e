package jp.go.mhlw.kpi.application.followup;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToLongFunction;
import jp.go.mhlw.kpi.domain.model.cycle.CycleStatus;
import jp.go.mhlw.kpi.domain.model.cycle.SurveyDates;
import jp.go.mhlw.kpi.domain.model.request.ReportRequest;
import jp.go.mhlw.kpi.domain.model.request.RequestState;
import jp.go.mhlw.kpi.domain.model.request.RequestTally;

/**
 * A cycle's collection as the secretariat's dashboard shows it: how many bodies were asked, the completion
 * (approved of asked) and timeliness (first submitted on or before the due date, of asked) shares, the overdue, in
 * all and per kind of body, from the requests counted per template and state by the database. The bodies
 * themselves are read a page at a time ({@link CollectionManagement#bodies}), each as a {@link Row}. Getters for EL.
 */
public record CycleOverview(long cycleId, String cycleKey, String displayName, CycleStatus status, LocalDate collectionDue,
                            String reminderDays, LocalDate today, List<RequestTally> tallies, SurveyDates surveyDates,
                            boolean surveyDatesChangeable) {

    public CycleOverview {
        tallies = List.copyOf(tallies);
    }

    /** One body's request, as the dashboard's lists show it (a page keeps the rows it showed in its view). */
    public record Row(long requestId, String organisationCode, String nameJa, String nameEn, String kind, RequestState state,
                      LocalDate due, boolean overdue, boolean submittedOnTime, int remindersSent, String lastComment)
            implements Serializable {

        private static final long serialVersionUID = 1L;

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

    /** How many bodies were asked. */
    public int getRequested() {
        return (int) sum(tallies, RequestTally::requests);
    }

    public long getApproved() {
        return getCount(RequestState.APPROVED);
    }

    public long getCount(RequestState state) {
        return sum(tallies.stream().filter(tally -> tally.state() == state).toList(), RequestTally::requests);
    }

    /** How many bodies are overdue: open after their due date. */
    public long getOverdue() {
        return sum(tallies, RequestTally::overdue);
    }

    /** How many bodies are still open (not approved, closed or reopened for a correction): those a close would miss. */
    public long getOpen() {
        return sum(tallies.stream().filter(tally -> ReportRequest.OPEN_STATES.contains(tally.state())).toList(),
                RequestTally::requests);
    }

    /** Approved of asked, in percent with one decimal ("85.0"). */
    public BigDecimal getCompletionPercent() {
        return share(getApproved(), getRequested());
    }

    /** First submitted on or before the due date, of asked. */
    public BigDecimal getTimelinessPercent() {
        return share(sum(tallies, RequestTally::onTime), getRequested());
    }

    /**
     * Completion and timeliness per kind of body (hubs, AMED, ministry divisions, the survey), in the order of the
     * bodies' list (by kind of organisation); each with how many of its bodies are overdue.
     */
    public List<KindProgress> getKinds() {
        Map<String, List<RequestTally>> byKind = new LinkedHashMap<>();
        tallies.forEach(tally -> byKind.computeIfAbsent(tally.kind().name(), kind -> new ArrayList<>()).add(tally));
        return byKind.entrySet().stream().map(entry -> KindProgress.of(entry.getKey(), entry.getValue())).toList();
    }

    /** Days from today to the collection's due date: 0 on the day, negative once it has passed; null without one. */
    public Long getDaysToDeadline() {
        return collectionDue == null ? null : ChronoUnit.DAYS.between(today, collectionDue);
    }

    /** One kind of body in the cycle: asked, approved, first submitted on time, overdue, and the two shares. */
    public record KindProgress(String kind, int requested, long approved, long onTime, long overdue) {

        static KindProgress of(String kind, List<RequestTally> tallies) {
            return new KindProgress(kind, (int) sum(tallies, RequestTally::requests),
                    sum(tallies.stream().filter(tally -> tally.state() == RequestState.APPROVED).toList(),
                            RequestTally::requests),
                    sum(tallies, RequestTally::onTime), sum(tallies, RequestTally::overdue));
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

    private static long sum(List<RequestTally> tallies, ToLongFunction<RequestTally> count) {
        return tallies.stream().mapToLong(count).sum();
    }

    private static BigDecimal share(long part, int whole) {
        if (whole == 0) {
            return BigDecimal.ZERO.setScale(1);
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}

package jp.go.mhlw.kpi.web.view.cycle;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.go.mhlw.kpi.application.EntryRejectedException;
import jp.go.mhlw.kpi.application.followup.CollectionManagement;
import jp.go.mhlw.kpi.application.followup.CycleNotFoundException;
import jp.go.mhlw.kpi.application.followup.CycleOverview;
import jp.go.mhlw.kpi.workflow.FollowUpProcess;

/**
 * A cycle's dashboard: every body with its request's state (overdue marked), completion and timeliness, the overdue
 * bodies, where the cycle's process stands, and the secretariat's bulk actions, each after a confirmation.
 */
@Named
@ViewScoped
public class CycleDashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient CollectionManagement management;

    @Inject
    transient FollowUpProcess process;

    private Long cycleId;
    private boolean opened;
    private CycleOverview overview;
    private List<String> activeSteps = List.of();
    private long incidents;
    private List<CycleOverview.Row> selected = new ArrayList<>();
    private LocalDate newDue;
    private String closeReason;

    public void load() {
        if (cycleId == null) {
            Screen.notFound();
            return;
        }
        try {
            refresh();
        } catch (CycleNotFoundException unknown) {
            Screen.notFound();
            return;
        }
    }

    private void refresh() {
        overview = management.overview(cycleId);
        activeSteps = process.activeSteps(cycleId);
        incidents = process.incidents(cycleId);
    }

    public void remindOverdue() {
        int reminded = management.remindOverdue(cycleId);
        Screen.info("cycle.reminded", reminded);
        refresh();
    }

    public void extendDeadlines() {
        try {
            management.extendDeadline(cycleId, selected.stream().map(CycleOverview.Row::getRequestId).toList(), newDue);
            Screen.info("cycle.extended", selected.size(), newDue);
            selected = new ArrayList<>();
            refresh();
        } catch (EntryRejectedException rejected) {
            Screen.problems(rejected.getProblems());
        }
    }

    public void closeCollection() {
        try {
            List<String> missing = management.closeCollection(cycleId, closeReason);
            Screen.info("cycle.collectionClosed", missing.size(), String.join(", ", missing));
            refresh();
        } catch (EntryRejectedException rejected) {
            Screen.problems(rejected.getProblems());
        }
    }

    /** The bodies that would be missing if the collection were closed now, for the confirmation. */
    public String getMissingBodies() {
        return String.join("、", overview.getOpenRows().stream().map(row -> row.name(Screen.locale())).toList());
    }

    /** The step's name; a step without one (e.g. a gateway the cycle waits at) by its id. */
    public String stepName(String step) {
        try {
            return Screen.text("cycle.step." + step);
        } catch (java.util.MissingResourceException unnamed) {
            return step;
        }
    }

    public String rowName(CycleOverview.Row row) {
        return row.name(Screen.locale());
    }

    public Long getCycleId() {
        return cycleId;
    }

    public void setCycleId(Long cycleId) {
        this.cycleId = cycleId;
    }

    public boolean isOpened() {
        return opened;
    }

    public void setOpened(boolean opened) {
        this.opened = opened;
    }

    public CycleOverview getOverview() {
        return overview;
    }

    public List<String> getActiveSteps() {
        return activeSteps;
    }

    public long getIncidents() {
        return incidents;
    }

    public List<CycleOverview.Row> getSelected() {
        return selected;
    }

    public void setSelected(List<CycleOverview.Row> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public LocalDate getNewDue() {
        return newDue;
    }

    public void setNewDue(LocalDate newDue) {
        this.newDue = newDue;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public void setCloseReason(String closeReason) {
        this.closeReason = closeReason;
    }
}

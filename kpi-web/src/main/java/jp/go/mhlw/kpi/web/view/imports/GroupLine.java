package jp.go.mhlw.kpi.web.view.imports;

import java.io.Serializable;
import jp.go.mhlw.kpi.domain.computation.ThemeGroupFigures;

/** One group of the focus-area preview, rounded for display as the committee prints it, with its counts. */
public final class GroupLine implements Serializable {

    private static final long serialVersionUID = 1L;
    private final String group;
    private final int themes;
    private final String averageGrant;
    private final String stageUpRatio;
    private final String stageUps;
    private final String launchRatio;
    private final String launches;

    GroupLine(String group, ThemeGroupFigures figures) {
        this.group = group;
        this.themes = figures.themes();
        this.averageGrant = ShareLine.display(figures.averageGrant());
        this.stageUpRatio = ShareLine.display(figures.stageUpRatio());
        this.stageUps = ShareLine.counts(figures.stageUps(), figures.themes());
        this.launchRatio = ShareLine.display(figures.launchRatio());
        this.launches = ShareLine.counts(figures.launches(), figures.themes());
    }

    public String getGroup() {
        return group;
    }

    public int getThemes() {
        return themes;
    }

    public String getAverageGrant() {
        return averageGrant;
    }

    public String getStageUpRatio() {
        return stageUpRatio;
    }

    public String getStageUps() {
        return stageUps;
    }

    public String getLaunchRatio() {
        return launchRatio;
    }

    public String getLaunches() {
        return launches;
    }
}

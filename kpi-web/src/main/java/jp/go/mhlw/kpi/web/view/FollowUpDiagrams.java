package jp.go.mhlw.kpi.web.view;

import java.util.List;
import java.util.MissingResourceException;
import jp.go.mhlw.kpi.application.process.ProcessPosition;
import jp.go.mhlw.kpi.web.diagram.DiagramLayouts;
import jp.go.mhlw.kpi.web.diagram.ProcessDiagram;

/** The diagrams of the follow-up's processes (a cycle's, a request's), their steps named as the screens name them. */
public final class FollowUpDiagrams {

    private FollowUpDiagrams() {
    }

    public static ProcessDiagram of(DiagramLayouts layouts, List<ProcessPosition> positions) {
        return layouts.diagram(positions, FollowUpDiagrams::stepName, Feedback.locale());
    }

    /** The screens' own wording of a step of the follow-up flows ({@code cycle.step.<id>}), or null. */
    public static String stepName(String step) {
        try {
            return Feedback.text("cycle.step." + step);
        } catch (MissingResourceException unnamed) {
            return null;
        }
    }
}

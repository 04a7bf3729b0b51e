package jp.go.mhlw.kpi.web.view.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import jp.go.mhlw.kpi.application.catalogue.CatalogueService;
import jp.go.mhlw.kpi.application.catalogue.PlanImport;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.GoalDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.KpiDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanDefinition.VisionDefinition;
import jp.go.mhlw.kpi.domain.imports.PlanFile;
import jp.go.mhlw.kpi.domain.imports.PlanPreview;
import jp.go.mhlw.kpi.domain.model.catalogue.BasicPlan;
import jp.go.mhlw.kpi.domain.model.catalogue.Computation;
import jp.go.mhlw.kpi.domain.shared.EntryRejectedException;
import jp.go.mhlw.kpi.domain.shared.Problem;
import jp.go.mhlw.kpi.web.view.Feedback;
import org.primefaces.event.FileUploadEvent;

/**
 * plans.xhtml: the stored Basic Plans, and the import of a new one from its plan file (docs/plan-file.md). The file is
 * read and checked first: every problem at its JSON path, or the preview of what the import adds, with each KPI's
 * computation and the KPIs that will be typed in because the application does not know their computation. The
 * import itself (after a confirmation) reads the kept file again and stores the plan through {@link PlanImport},
 * which checks the caller's role and the plan once more.
 */
@Named
@ViewScoped
public class PlanAdmin implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A plan file is small (the 2nd plan's is about 40 kB); the browser and the server both hold to this. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;

    @Inject
    transient CatalogueService catalogue;

    @Inject
    transient PlanImport planImport;

    private List<PlanLine> plans = List.of();
    private String fileName;
    /** The file as read, kept to be read again on import (what was checked is what is stored). */
    private String fileText;
    private List<ProblemLine> problems = List.of();
    private List<ProblemLine> warnings = List.of();
    private PreviewSummary preview;

    public void load() {
        plans = catalogue.plans().stream().map(PlanLine::new).toList();
    }

    /** Reads and checks the uploaded file and shows its problems or its preview; nothing is stored. */
    public void upload(FileUploadEvent event) {
        clear();
        fileName = event.getFile().getFileName();
        if (event.getFile().getSize() > MAX_BYTES) {
            Feedback.error("admin.plans.file.tooLarge", MAX_BYTES / 1024 / 1024);
            fileName = null;
            return;
        }
        Optional<String> text = utf8(event.getFile().getContent());
        if (text.isEmpty()) {
            Feedback.error("admin.plans.file.notUtf8");
            fileName = null;
            return;
        }
        fileText = text.get();
        check();
    }

    private void check() {
        PlanFile.Reading reading = PlanFile.read(fileText, OptionalInt.empty());
        problems = reading.errors().stream().map(ProblemLine::new).toList();
        warnings = reading.warnings().stream().map(ProblemLine::new).toList();
        if (reading.plan().isEmpty()) {
            fileText = null;
            Feedback.error("admin.plans.rejected", problems.size());
            return;
        }
        PlanDefinition plan = reading.plan().get();
        PlanPreview planPreview = planImport.preview(plan);
        preview = new PreviewSummary(plan, planPreview, reading.warnings());
        if (!preview.isImportable()) {
            Feedback.error("admin.plans.notImportable", plan.code());
        } else if (!warnings.isEmpty()) {
            Feedback.warn("admin.plans.readWithWarnings", warnings.size());
        } else {
            Feedback.info("admin.plans.read", plan.code());
        }
    }

    /** Imports the plan previewed: the kept file read again, then stored with one audit record. */
    public void importPlan() {
        if (fileText == null || preview == null) {
            return;
        }
        PlanFile.Reading reading = PlanFile.read(fileText, OptionalInt.empty());
        if (reading.plan().isEmpty()) {
            check();
            return;
        }
        try {
            BasicPlan stored = planImport.importPlan(reading.plan().get());
            Feedback.info("admin.plans.imported", stored.getCode(), preview.getKpiCount());
            clear();
            load();
        } catch (EntryRejectedException rejected) {
            Feedback.problems(rejected.getProblems());
        }
    }

    /** Leaves the previewed file without importing it. */
    public void discard() {
        clear();
    }

    private void clear() {
        fileName = null;
        fileText = null;
        problems = List.of();
        warnings = List.of();
        preview = null;
    }

    /** The text of a UTF-8 file (a byte order mark left out); empty when the bytes are not UTF-8. */
    static Optional<String> utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
            return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
        } catch (CharacterCodingException notUtf8) {
            return Optional.empty();
        }
    }

    /** The confirmation before the import, naming the plan and how many KPIs it brings. */
    public String getConfirmMessage() {
        return preview == null ? "" : Feedback.text("admin.plans.import.confirm", preview.getCode(),
                preview.getName(), preview.getKpiCount());
    }

    public long getMaxBytes() {
        return MAX_BYTES;
    }

    public long getMaxMegabytes() {
        return MAX_BYTES / 1024 / 1024;
    }

    public List<PlanLine> getPlans() {
        return plans;
    }

    public String getFileName() {
        return fileName;
    }

    public List<ProblemLine> getProblems() {
        return problems;
    }

    public List<ProblemLine> getWarnings() {
        return warnings;
    }

    public PreviewSummary getPreview() {
        return preview;
    }

    /** A stored plan as the list shows it. */
    public static final class PlanLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final String cabinetDecision;
        private final String period;

        PlanLine(BasicPlan plan) {
            code = plan.getCode();
            name = plan.name(Feedback.locale());
            cabinetDecision = String.valueOf(plan.getCabinetDecisionDate());
            period = Feedback.text("admin.plans.period", String.valueOf(plan.getValidFrom()),
                    plan.validTo().map(String::valueOf).orElse(Feedback.text("admin.plans.openEnded")));
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getCabinetDecision() {
            return cabinetDecision;
        }

        public String getPeriod() {
            return period;
        }
    }

    /** A problem or warning of the file at its JSON path, in the reader's language. */
    public static final class ProblemLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String path;
        private final String message;

        ProblemLine(Problem problem) {
            path = problem.field().isEmpty() ? Feedback.text("admin.plans.wholeFile") : problem.field();
            message = Feedback.message(problem);
        }

        public String getPath() {
            return path;
        }

        public String getMessage() {
            return message;
        }
    }

    /** What the import of a readable file would do, in the reader's language. */
    public static final class PreviewSummary implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final int version;
        private final String period;
        private final boolean newPlan;
        private final int visionCount;
        private final int goalCount;
        private final List<KpiLine> kpis;
        private final List<ChangeLine> changes;
        private final List<String> unknownOrganisations;
        private final List<String> refusals;
        private final List<String> endedPlans;
        private final Integer storedVersion;
        private final int targetCount;

        PreviewSummary(PlanDefinition plan, PlanPreview preview, List<Problem> warnings) {
            code = plan.code();
            name = Feedback.isEnglish() ? plan.name().en() : plan.name().ja();
            version = plan.version();
            period = Feedback.text("admin.plans.period", String.valueOf(plan.validFrom()),
                    plan.validTo().map(String::valueOf).orElse(Feedback.text("admin.plans.openEnded")));
            newPlan = preview.newPlan();
            visionCount = plan.visions().size();
            goalCount = plan.visions().stream().mapToInt(v -> v.goals().size()).sum();
            Map<String, String> unknownComputations = new TreeMap<>();
            warnings.stream().filter(w -> w.key().equals("planFile.unknownComputation"))
                    .forEach(w -> unknownComputations.put(w.field(), Feedback.message(w)));
            List<KpiLine> lines = new ArrayList<>();
            for (int v = 0; v < plan.visions().size(); v++) {
                VisionDefinition vision = plan.visions().get(v);
                for (int g = 0; g < vision.goals().size(); g++) {
                    GoalDefinition goal = vision.goals().get(g);
                    for (int k = 0; k < goal.kpis().size(); k++) {
                        String path = "visions[" + v + "].goals[" + g + "].kpis[" + k + "]";
                        lines.add(new KpiLine(vision, goal, goal.kpis().get(k),
                                unknownComputations.get(path + ".computation")));
                    }
                }
            }
            kpis = List.copyOf(lines);
            changes = preview.changes().stream().map(ChangeLine::new).toList();
            unknownOrganisations = preview.unknownOrganisations().entrySet().stream()
                    .map(e -> Feedback.text("admin.plans.unknownOrganisation", e.getKey(), e.getValue()))
                    .collect(Collectors.toList());
            refusals = preview.refusals().stream()
                    .filter(problem -> !problem.key().equals("planImport.unknownOrganisation"))
                    .map(Feedback::message).toList();
            endedPlans = preview.endsValidityOf().entrySet().stream()
                    .map(e -> Feedback.text("admin.plans.endsValidity", e.getKey(), String.valueOf(e.getValue())))
                    .toList();
            storedVersion = preview.storedVersion().isPresent() ? preview.storedVersion().getAsInt() : null;
            targetCount = plan.kpis().mapToInt(kpi -> kpi.targets().size()).sum();
        }

        /** A new plan, or a later version of a plan no cycle follows up, naming only stored organisations. */
        public boolean isImportable() {
            return refusals.isEmpty() && unknownOrganisations.isEmpty();
        }

        /** Why the file cannot be imported, besides unknown organisations. */
        public List<String> getRefusals() {
            return refusals;
        }

        /** The stored plans whose validity the import ends, each with its last day. */
        public List<String> getEndedPlans() {
            return endedPlans;
        }

        /** The version of the stored plan of the same code; none for a new plan. */
        public Integer getStoredVersion() {
            return storedVersion;
        }

        public int getTargetCount() {
            return targetCount;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public int getVersion() {
            return version;
        }

        public String getPeriod() {
            return period;
        }

        public boolean isNewPlan() {
            return newPlan;
        }

        public int getVisionCount() {
            return visionCount;
        }

        public int getGoalCount() {
            return goalCount;
        }

        public int getKpiCount() {
            return kpis.size();
        }

        public long getTypedInCount() {
            return kpis.stream().filter(KpiLine::isTypedIn).count();
        }

        public List<KpiLine> getKpis() {
            return kpis;
        }

        public List<ChangeLine> getChanges() {
            return changes;
        }

        public List<String> getUnknownOrganisations() {
            return unknownOrganisations;
        }
    }

    /** One KPI of the file: where it sits, and what computes it or that it is typed in (and why). */
    public static final class KpiLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final String name;
        private final String place;
        private final String computation;
        private final boolean typedIn;
        private final String warning;

        KpiLine(VisionDefinition vision, GoalDefinition goal, KpiDefinition kpi, String unknownComputation) {
            code = kpi.code();
            name = Feedback.isEnglish() ? kpi.name().en() : kpi.name().ja();
            place = Feedback.text("admin.plans.place.value", vision.code(), goal.number());
            typedIn = kpi.computation() == Computation.TYPED_IN;
            computation = typedIn ? Feedback.text("admin.plans.typedInOnly") : Feedback.label(kpi.computation())
                    + (kpi.parameters().isEmpty() ? "" : " " + new TreeMap<>(kpi.parameters()));
            warning = unknownComputation;
        }

        public String getCode() {
            return code;
        }

        public String getName() {
            return name;
        }

        public String getPlace() {
            return place;
        }

        public String getComputation() {
            return computation;
        }

        public boolean isTypedIn() {
            return typedIn;
        }

        /** Why the KPI is typed in when its file named a computation the application does not know; else null. */
        public String getWarning() {
            return warning;
        }
    }

    /** One item of a stored plan the file adds, removes or changes. */
    public static final class ChangeLine implements Serializable {
        private static final long serialVersionUID = 1L;
        private final String kind;
        private final String item;
        private final String members;

        ChangeLine(PlanPreview.Change change) {
            kind = Feedback.text("admin.plans.change." + change.kind().name());
            item = change.item();
            members = String.join(", ", change.members());
        }

        public String getKind() {
            return kind;
        }

        public String getItem() {
            return item;
        }

        public String getMembers() {
            return members;
        }
    }
}

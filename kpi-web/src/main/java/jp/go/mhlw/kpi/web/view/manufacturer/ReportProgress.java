package jp.go.mhlw.kpi.web.view.manufacturer;

import java.io.Serializable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import jp.go.mhlw.kpi.domain.model.supply.ReportKind;
import jp.go.mhlw.kpi.domain.model.supply.RequiredFields;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReport;
import jp.go.mhlw.kpi.domain.model.supply.SupplyReportField;

/**
 * How far the report form is from what its kind requires: the required fields still empty, in form order, each with
 * the id of the field to jump to. The rules are the domain's ({@link RequiredFields}), the same the server enforces
 * when the report is filed.
 */
public record ReportProgress(List<SupplyReportField> missing, Set<SupplyReportField> requiredFields)
        implements Serializable {

    /** One section of the form: its required fields, and those still empty. */
    public record SectionProgress(ReportSection section, List<SupplyReportField> missing, int required)
            implements Serializable {

        public int answered() {
            return required - missing.size();
        }
    }

    /** Fields drawn as a PrimeFaces select: the element that takes the focus is the widget's "_focus" input. */
    private static final Set<SupplyReportField> MENUS = EnumSet.of(SupplyReportField.DEVICE_CLASS,
            SupplyReportField.DISRUPTION_KIND, SupplyReportField.CAUSE, SupplyReportField.ASSESSED_IMPACT);

    /** Fields drawn as a date picker: its text field is the "_input" element. */
    private static final Set<SupplyReportField> DATES = EnumSet.of(SupplyReportField.START_DATE,
            SupplyReportField.EXPECTED_RECOVERY_OR_END_DATE);

    public ReportProgress {
        missing = List.copyOf(missing);
        requiredFields = Set.copyOf(requiredFields);
    }

    /**
     * The progress of the values as typed, or empty while they contradict each other (a quantity without a lot, say):
     * the form then keeps the last progress it showed.
     */
    public static Optional<ReportProgress> of(ReportKind kind, SupplyReportValues values) {
        SupplyReport report;
        try {
            report = values.toReport();
        } catch (RuntimeException contradictory) {
            return Optional.empty();
        }
        return Optional.of(of(kind, report));
    }

    public static ReportProgress of(ReportKind kind, SupplyReport report) {
        return new ReportProgress(RequiredFields.missingIn(kind, report), RequiredFields.of(kind));
    }

    /** How many fields the kind requires. */
    public int required() {
        return requiredFields.size();
    }

    /** The sections with a required field, in form order, each with its fields still empty. */
    public List<SectionProgress> sections() {
        return Arrays.stream(ReportSection.values())
                .filter(section -> section.fields().stream().anyMatch(requiredFields::contains))
                .map(section -> new SectionProgress(section,
                        missing.stream().filter(field -> ReportSection.of(field) == section).toList(),
                        (int) section.fields().stream().filter(requiredFields::contains).count()))
                .toList();
    }

    public int answered() {
        return required() - missing.size();
    }

    public boolean complete() {
        return missing.isEmpty();
    }

    /** The link to the field's input in the form "reportForm" (the id of the element that takes the focus). */
    public static String anchor(SupplyReportField field) {
        String suffix = MENUS.contains(field) ? "_focus" : DATES.contains(field) ? "_input" : "";
        return "#reportForm:" + field.fieldName() + suffix;
    }
}

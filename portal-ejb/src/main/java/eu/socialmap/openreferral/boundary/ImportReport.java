package eu.socialmap.openreferral.boundary;

import eu.socialmap.openreferral.control.HsdsPackage;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: the records created and updated, and what was left out (warnings) — or, when anything was
 * refused, every refusal and nothing changed.
 */
public record ImportReport(List<Line> created, List<Line> updated, List<HsdsPackage.Remark> rejected,
                           List<HsdsPackage.Remark> warnings) implements Serializable {

    /** What kind of record a line is about. */
    public enum Kind { ORGANISATION, LOCATION, SERVICE }

    public record Line(Kind kind, String name) implements Serializable {
    }

    public boolean accepted() {
        return rejected.isEmpty();
    }

    static ImportReport refused(List<HsdsPackage.Remark> rejected, List<HsdsPackage.Remark> warnings) {
        return new ImportReport(List.of(), List.of(), List.copyOf(rejected), List.copyOf(warnings));
    }
}

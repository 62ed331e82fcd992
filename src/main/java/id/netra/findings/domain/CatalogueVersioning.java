package id.netra.findings.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The one rule for changing reference data: never rewrite what a recorded case relied on. A row no
 * case uses is corrected in place (it was a typo); a used row gets a new version and the old one is
 * retired, so old cases still print the text they were judged by.
 */
public final class CatalogueVersioning {

    public enum Outcome {
        NO_CHANGE,
        UPDATE_IN_PLACE,
        NEW_VERSION
    }

    private CatalogueVersioning() {
    }

    public static Outcome decide(CatalogueEntry current, CatalogueEntry edited, boolean usedByCases) {
        if (current.sameContentAs(edited)) {
            return Outcome.NO_CHANGE;
        }
        return usedByCases ? Outcome.NEW_VERSION : Outcome.UPDATE_IN_PLACE;
    }

    /** The row that replaces {@code current} when a new version is needed. */
    public static CatalogueEntry nextVersion(CatalogueEntry current, CatalogueEntry edited) {
        return new CatalogueEntry(0, current.code(), current.version() + 1, edited.category(),
                edited.description(), edited.defaultSanction(), edited.legalBasis(), edited.validFrom(), false);
    }

    /** Problems with user-entered content, as bundle keys (empty = fine). */
    public static List<String> validate(CatalogueEntry entry) {
        List<String> problems = new ArrayList<>();
        if (!CatalogueEntry.isValidCode(entry.code())) {
            problems.add("findings.catalogue.error.code");
        } else if (!CatalogueEntry.codeMatchesCategory(entry.code(), entry.category())) {
            problems.add("findings.catalogue.error.codeCategory");
        }
        if (entry.description().isBlank()) {
            problems.add("findings.catalogue.error.description");
        }
        return problems;
    }
}

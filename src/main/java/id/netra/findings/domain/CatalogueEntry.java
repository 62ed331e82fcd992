package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of the violation catalogue at one version. Cases point at a specific version, so a row
 * that a case used is frozen: editing it yields version n+1 (see {@link CatalogueVersioning}).
 */
public record CatalogueEntry(
        long id,
        String code,
        int version,
        ViolationCategory category,
        String description,
        SanctionLevel defaultSanction,
        String legalBasis,
        LocalDate validFrom,
        boolean retired) {

    /** E1..E99 for ethics, D1..D99 for discipline; a region may add rows (E8, D14...). */
    private static final Pattern CODE = Pattern.compile("[ED][1-9][0-9]?");

    public CatalogueEntry {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(defaultSanction, "defaultSanction");
        Objects.requireNonNull(validFrom, "validFrom");
        if (version < 1) {
            throw new IllegalArgumentException("version starts at 1: " + version);
        }
    }

    public static boolean isValidCode(String code) {
        return code != null && CODE.matcher(code).matches();
    }

    /** The letter must agree with the category: E rows are ethics, D rows discipline. */
    public static boolean codeMatchesCategory(String code, ViolationCategory category) {
        return isValidCode(code) && (code.charAt(0) == 'E') == (category == ViolationCategory.ETIK);
    }

    /** The content a user edits; id, version and retired are the store's business. */
    public boolean sameContentAs(CatalogueEntry other) {
        return category == other.category && description.equals(other.description)
                && defaultSanction == other.defaultSanction && Objects.equals(legalBasis, other.legalBasis)
                && validFrom.equals(other.validFrom);
    }
}

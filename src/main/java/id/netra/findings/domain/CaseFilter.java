package id.netra.findings.domain;

import java.time.LocalDate;

/**
 * The case list's filters; null means "any". {@code code} matches every version of a catalogue code;
 * the period is on the date the case became known; {@code text} searches the chronology (every word
 * must appear, case-insensitive).
 */
public record CaseFilter(CaseStatus status, String code, ViolationCategory category, Long subUnitId,
        LocalDate knownFrom, LocalDate knownUntil, boolean overdueOnly, String text) {

    public static final CaseFilter ALL = new CaseFilter(null, null, null, null, null, null, false, null);

    public CaseFilter withOverdueOnly(boolean overdue) {
        return new CaseFilter(status, code, category, subUnitId, knownFrom, knownUntil, overdue, text);
    }

    public CaseFilter withText(String t) {
        return new CaseFilter(status, code, category, subUnitId, knownFrom, knownUntil, overdueOnly, t);
    }

    public CaseFilter withStatus(CaseStatus s) {
        return new CaseFilter(s, code, category, subUnitId, knownFrom, knownUntil, overdueOnly, text);
    }
}

package id.netra.staff.io;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import id.netra.staff.domain.StaffField;

/**
 * Finds the heading line under whatever a SIMPEG put above it (title, OPD name, print date) and the
 * lines to skip below it: a second heading line, or the "1 2 3 4" column numbering that Indonesian
 * official tables carry.
 */
final class HeaderDetector {

    static final int SEARCH_ROWS = 30;

    record Found(int index, List<String> header, int firstDataIndex) {
    }

    private HeaderDetector() {
    }

    static Optional<Found> find(List<RawRow> rows) {
        int best = -1;
        int bestScore = 0;
        for (int i = 0; i < Math.min(rows.size(), SEARCH_ROWS); i++) {
            int score = score(rows.get(i));
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0 || !plausible(rows.get(best))) {
            return Optional.empty();
        }
        List<String> header = new ArrayList<>(rows.get(best).cells());
        int next = best + 1;
        while (next < rows.size() && next <= best + 2) {
            RawRow row = rows.get(next);
            if (isNumbering(row) || row.isBlank()) {
                next++;
            } else if (isSubHeading(row, header)) {
                mergeSubHeading(header, row);
                next++;
            } else {
                break;
            }
        }
        return Optional.of(new Found(best, header, next));
    }

    private static int score(RawRow row) {
        Set<StaffField> fields = EnumSet.noneOf(StaffField.class);
        for (String c : row.cells()) {
            HeaderAliases.fieldFor(c).ifPresent(fields::add);
        }
        return fields.size();
    }

    /**
     * A heading line names the person and an identity number, or has enough known headings that
     * the clerk can map the rest by hand (an unusual "Nama Pegawai Lengkap" must not hide the file).
     */
    private static boolean plausible(RawRow row) {
        Set<StaffField> fields = EnumSet.noneOf(StaffField.class);
        for (String c : row.cells()) {
            HeaderAliases.fieldFor(c).ifPresent(fields::add);
        }
        boolean identity = fields.contains(StaffField.NIP) || fields.contains(StaffField.NIK)
                || fields.contains(StaffField.INTERNAL_NO);
        return identity && (fields.contains(StaffField.NAME) || fields.size() >= 2) || fields.size() >= 3;
    }

    /** "1", "2", "3"... (or "(1)", "(2)"...) under the headings. */
    private static boolean isNumbering(RawRow row) {
        int expected = 1;
        int seen = 0;
        for (String c : row.cells()) {
            String t = c.strip().replace("(", "").replace(")", "");
            if (t.isEmpty()) {
                continue;
            }
            if (!t.equals(String.valueOf(expected))) {
                return false;
            }
            expected++;
            seen++;
        }
        return seen >= 3;
    }

    /**
     * A second heading line: no long digit strings (data has NIPs), and at least one cell that is a
     * known heading or repeats the cell above (a vertically merged heading).
     */
    private static boolean isSubHeading(RawRow row, List<String> header) {
        boolean headingLike = false;
        for (int i = 0; i < row.cells().size(); i++) {
            String c = row.cells().get(i).strip();
            if (c.replaceAll("\\D", "").length() >= 8) {
                return false;
            }
            if (!c.isEmpty() && (HeaderAliases.fieldFor(c).isPresent()
                    || i < header.size() && c.equals(header.get(i).strip()))) {
                headingLike = true;
            }
        }
        return headingLike;
    }

    /** Keeps, per column, whichever of the two lines is a known heading (the lower one wins ties). */
    private static void mergeSubHeading(List<String> header, RawRow sub) {
        for (int i = 0; i < sub.cells().size(); i++) {
            String lower = sub.cells().get(i).strip();
            if (lower.isEmpty()) {
                continue;
            }
            if (i >= header.size()) {
                header.add(lower);
            } else if (HeaderAliases.fieldFor(lower).isPresent() || header.get(i).isBlank()) {
                header.set(i, lower);
            }
        }
    }
}

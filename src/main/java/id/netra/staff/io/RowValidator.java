package id.netra.staff.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.netra.staff.domain.Grade;
import id.netra.staff.domain.IdentityKey;
import id.netra.staff.domain.Nik;
import id.netra.staff.domain.NiPppk;
import id.netra.staff.domain.Nip;
import id.netra.staff.domain.PersonName;
import id.netra.staff.domain.PositionType;
import id.netra.staff.domain.Sex;
import id.netra.staff.domain.StaffDraft;
import id.netra.staff.domain.StaffField;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.StaffRuleException;

/**
 * Turns data rows into {@link ParsedRow}s under a column mapping: each field read with the domain's
 * rules, each problem pinned to its row and column. A row either becomes a complete, valid person or
 * is rejected whole; nothing is half-read.
 */
final class RowValidator {

    /** Longest text each field may hold: the store's column widths. */
    private static final Map<StaffField, Integer> MAX_LENGTH = Map.of(
            StaffField.NAME, 200, StaffField.TITLE_FRONT, 80, StaffField.TITLE_BACK, 120,
            StaffField.BIRTH_PLACE, 100, StaffField.POSITION, 300, StaffField.SUB_UNIT, 200,
            StaffField.PHONE, 40, StaffField.EMAIL, 120, StaffField.INTERNAL_NO, 30);

    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ColumnMapping mapping;
    private final int headerWidth;
    private final LocalDate today;
    private final Map<IdentityKey, Integer> seen = new HashMap<>();

    RowValidator(ColumnMapping mapping, LocalDate today) {
        this.mapping = mapping;
        this.headerWidth = lastNonBlank(mapping.header()) + 1;
        this.today = today;
    }

    List<ParsedRow> validate(List<RawRow> rows, ReadListener listener) {
        List<ParsedRow> result = new ArrayList<>(rows.size());
        for (RawRow row : rows) {
            if (row.isBlank()) {
                continue;
            }
            result.add(validate(row));
            if ((result.size() & 1023) == 0) {
                listener.checkCancelled();
            }
        }
        return result;
    }

    ParsedRow validate(RawRow row) {
        Context cx = new Context(row);
        // a CSV line with fewer fields than headings usually lost a separator: its values sit in
        // the wrong columns, so none of them can be trusted
        if (row.width() > 0 && row.width() < headerWidth && mappedBeyond(row.width())) {
            cx.error(null, "staff.import.issue.tooFewColumns", row.width(), headerWidth);
            return cx.result(null);
        }
        for (StaffField f : MAX_LENGTH.keySet()) {
            String v = cx.text(f);
            if (v != null && v.length() > MAX_LENGTH.get(f)) {
                cx.error(f, "staff.import.issue.tooLong", v.length(), MAX_LENGTH.get(f));
            }
        }
        if (!cx.errors.isEmpty()) {
            return cx.result(null);
        }

        String nipText = cx.text(StaffField.NIP);
        String nikText = cx.text(StaffField.NIK);
        StaffKind kind = readKind(cx, nipText);
        if (kind == null) {
            return cx.result(null);
        }

        String nip = null;
        LocalDate idBirth = null;
        Sex idSex = null;
        if (nipText != null && kind == StaffKind.NON_ASN && digitCount(nipText) == Nik.LENGTH
                && nikText == null) {
            // honorer lists often put the NIK in the NIP column
            nikText = nipText;
            nipText = null;
        }
        if (nipText != null) {
            try {
                if (kind == StaffKind.PPPK) {
                    NiPppk n = NiPppk.parse(nipText);
                    nip = n.digits();
                    idBirth = n.birthDate();
                    idSex = n.sex();
                } else if (kind == StaffKind.PNS) {
                    Nip n = Nip.parse(nipText);
                    nip = n.digits();
                    idBirth = n.birthDate();
                    idSex = n.sex();
                } else {
                    cx.error(StaffField.NIP, "staff.import.issue.nonAsnWithNip", nipText);
                }
            } catch (StaffRuleException e) {
                cx.error(StaffField.NIP, e);
            }
        } else if (kind != StaffKind.NON_ASN) {
            cx.error(StaffField.NIP, kind == StaffKind.PPPK ? "staff.rule.nippppk.empty" : "staff.rule.nip.empty");
        }

        String nik = null;
        if (nikText != null) {
            try {
                Nik n = Nik.parse(nikText, today);
                nik = n.digits();
                if (idBirth == null) {
                    idBirth = n.birthDate();
                    idSex = n.sex();
                }
            } catch (StaffRuleException e) {
                if (kind == StaffKind.NON_ASN) {
                    cx.error(StaffField.NIK, e);
                } else {
                    // an ASN is known by NIP; a broken NIK must not stop the row, only be dropped
                    cx.warning(StaffField.NIK, e);
                }
            }
        }
        String internalNo = cx.text(StaffField.INTERNAL_NO);
        if (kind == StaffKind.NON_ASN && nik == null && internalNo == null && !cx.hasError(StaffField.NIK)
                && !cx.hasError(StaffField.NIP)) {
            cx.error(StaffField.NIK, "staff.import.issue.noIdentity");
        }

        String name = cx.text(StaffField.NAME);
        if (name == null) {
            cx.error(StaffField.NAME, "staff.import.issue.noName");
        }

        Sex sex = null;
        try {
            sex = Sex.parse(cx.text(StaffField.SEX)).orElse(null);
        } catch (StaffRuleException e) {
            cx.error(StaffField.SEX, e);
        }
        if (sex != null && idSex != null && sex != idSex) {
            // the issue says: warn, do not guess which one is right
            cx.warning(StaffField.SEX, "staff.import.issue.sexMismatch", sex.code(), idSex.code());
        }
        if (sex == null && !cx.hasError(StaffField.SEX)) {
            sex = idSex;
        }

        LocalDate birthDate = null;
        String birthText = cx.text(StaffField.BIRTH_DATE);
        try {
            birthDate = LooseDates.parse(birthText).orElse(null);
            if (birthDate != null && (birthDate.getYear() < 1900 || birthDate.isAfter(today))) {
                cx.error(StaffField.BIRTH_DATE, "staff.import.issue.badDate", birthText);
            }
        } catch (DateTimeException e) {
            cx.error(StaffField.BIRTH_DATE, "staff.import.issue.badDate", birthText);
        }
        if (birthDate != null && idBirth != null && !birthDate.equals(idBirth)) {
            cx.warning(StaffField.BIRTH_DATE, "staff.import.issue.birthMismatch", birthText);
        }
        if (birthDate == null && !cx.hasError(StaffField.BIRTH_DATE)) {
            birthDate = idBirth;
        }

        Grade grade = null;
        try {
            grade = kind == StaffKind.NON_ASN ? null : Grade.parse(cx.text(StaffField.GRADE), kind).orElse(null);
        } catch (StaffRuleException e) {
            cx.error(StaffField.GRADE, e);
        }
        PositionType positionType = null;
        try {
            positionType = PositionType.parse(cx.text(StaffField.POSITION_TYPE)).orElse(null);
        } catch (StaffRuleException e) {
            cx.error(StaffField.POSITION_TYPE, e);
        }
        String email = cx.text(StaffField.EMAIL);
        if (email != null && !EMAIL.matcher(email).matches()) {
            cx.warning(StaffField.EMAIL, "staff.import.issue.badEmail", email);
            email = null;
        }

        if (!cx.errors.isEmpty()) {
            return cx.result(null);
        }
        // without title columns, a name like "Dr. H. Ahmad Fauzi, S.Pd." carries its titles itself
        PersonName person = !mapping.isMapped(StaffField.TITLE_FRONT) && !mapping.isMapped(StaffField.TITLE_BACK)
                ? PersonName.parse(name)
                : new PersonName(cx.text(StaffField.TITLE_FRONT), name, cx.text(StaffField.TITLE_BACK));
        StaffDraft draft = new StaffDraft(kind, nip, nik, internalNo, person,
                sex, cx.text(StaffField.BIRTH_PLACE), birthDate, grade, cx.text(StaffField.POSITION), positionType,
                cx.text(StaffField.SUB_UNIT), cx.text(StaffField.PHONE), email);
        Integer first = seen.putIfAbsent(draft.identityKey(), row.rowNumber());
        if (first != null) {
            StaffField keyField = draft.identityKey().type() == IdentityKey.Type.NIP ? StaffField.NIP
                    : draft.identityKey().type() == IdentityKey.Type.NIK ? StaffField.NIK : StaffField.INTERNAL_NO;
            cx.error(keyField, "staff.import.issue.duplicate", first);
            return cx.result(null);
        }
        return cx.result(draft);
    }

    private StaffKind readKind(Context cx, String nipText) {
        String kindText = cx.text(StaffField.KIND);
        if (kindText != null) {
            try {
                return StaffKind.parse(kindText);
            } catch (StaffRuleException e) {
                cx.error(StaffField.KIND, e);
                return null;
            }
        }
        // without a kind column: an 18-digit number is taken for a NIP, anything else for non-ASN
        return nipText != null && digitCount(nipText) != Nik.LENGTH ? StaffKind.PNS
                : StaffKind.NON_ASN;
    }

    private static int digitCount(String s) {
        return (int) s.chars().filter(ch -> ch >= '0' && ch <= '9').count();
    }

    private boolean mappedBeyond(int width) {
        return mapping.asMap().values().stream().anyMatch(c -> c >= width);
    }

    private static int lastNonBlank(List<String> header) {
        for (int i = header.size() - 1; i >= 0; i--) {
            if (!header.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Per-row scratch: reads mapped cells and collects issues. */
    private final class Context {
        final RawRow row;
        final List<RowIssue> errors = new ArrayList<>();
        final List<RowIssue> warnings = new ArrayList<>();

        Context(RawRow row) {
            this.row = row;
        }

        /** Trimmed cell text of the field's column; null when unmapped or blank (or "-"). */
        String text(StaffField field) {
            Optional<Integer> c = mapping.column(field);
            if (c.isEmpty()) {
                return null;
            }
            String v = row.cell(c.get()).strip();
            return v.isEmpty() || v.equals("-") ? null : v;
        }

        void error(StaffField field, String key, Object... args) {
            errors.add(new RowIssue(row.rowNumber(), field == null ? "" : mapping.heading(field), key, args));
        }

        void error(StaffField field, StaffRuleException e) {
            error(field, e.key(), e.args());
        }

        void warning(StaffField field, String key, Object... args) {
            warnings.add(new RowIssue(row.rowNumber(), mapping.heading(field), key, args));
        }

        void warning(StaffField field, StaffRuleException e) {
            warning(field, e.key(), e.args());
        }

        boolean hasError(StaffField field) {
            String heading = mapping.heading(field);
            return errors.stream().anyMatch(i -> i.column().equals(heading));
        }

        ParsedRow result(StaffDraft draft) {
            return new ParsedRow(row.rowNumber(), errors.isEmpty() ? draft : null, errors, warnings);
        }
    }
}

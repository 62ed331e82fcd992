package id.netra.staff.ui;

import java.util.Locale;

import id.netra.staff.domain.StaffMember;

/**
 * A table row: the person plus a precomputed lower-case search key (name, titles, NIP/NIK digits),
 * so filtering 20,000 rows per keystroke is one {@code contains} per row.
 */
public record StaffRow(StaffMember member, String searchKey) {

    public static StaffRow of(StaffMember m) {
        var d = m.draft();
        StringBuilder key = new StringBuilder(d.name().full().toLowerCase(Locale.ROOT));
        for (String number : new String[] {d.nip(), d.nik(), d.internalNo()}) {
            if (number != null) {
                key.append('\u0001').append(number.toLowerCase(Locale.ROOT));
            }
        }
        return new StaffRow(m, key.toString());
    }

    public long id() {
        return member.id();
    }
}

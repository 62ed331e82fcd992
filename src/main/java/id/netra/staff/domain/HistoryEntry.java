package id.netra.staff.domain;

import java.time.OffsetDateTime;

/** One recorded change to a person: an event, or one field's old and new text. */
public record HistoryEntry(OffsetDateTime at, Event event, StaffField field, String oldText, String newText,
        Source source, String note) {

    public enum Event { CREATED, UPDATED, DEACTIVATED, REACTIVATED }

    public enum Source { FORM, IMPORT }
}

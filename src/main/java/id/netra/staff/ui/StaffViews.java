package id.netra.staff.ui;

import java.util.function.Function;

import javafx.util.StringConverter;

import id.netra.i18n.Messages;

/** Small helpers shared by the staff screens. */
final class StaffViews {

    private StaffViews() {
    }

    /** Display text for combo boxes; null shows as "Semua" (the no-filter entry). */
    static <T> StringConverter<T> converter(Function<T, String> toText) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? Messages.tr("staff.filter.all") : toText.apply(value);
            }

            @Override
            public T fromString(String string) {
                return null;
            }
        };
    }
}

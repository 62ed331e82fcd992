package id.netra.pacts.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * Dates typed the way Indonesian offices write them in forms: day/month/year ("27/11/2024"),
 * whatever locale the JVM was started with.
 */
final class DateFields {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("d/M/yyyy");

    private DateFields() {
    }

    static DatePicker dayMonthYear(DatePicker picker) {
        picker.setPromptText("dd/mm/yyyy");
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                try {
                    return LocalDate.parse(text.strip().replace('-', '/').replace('.', '/'), TYPED);
                } catch (DateTimeParseException e) {
                    // keep the previous value rather than throwing inside the control
                    return picker.getValue();
                }
            }
        });
        return picker;
    }
}

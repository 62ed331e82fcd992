package id.netra.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;

import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import id.netra.i18n.Messages;

/** On a PC whose format locale is English, the date picker still names months in Indonesian. */
@ExtendWith(ApplicationExtension.class)
class DatePickerLanguageFxTest {

    private final Locale before = Locale.getDefault(Locale.Category.FORMAT);
    private DatePicker picker;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.Category.FORMAT, Locale.US);
        Messages.useForFormats();
        picker = new DatePicker(LocalDate.of(2027, 1, 15));
        stage.setScene(new Scene(new StackPane(picker), 320, 120));
        stage.show();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(Locale.Category.FORMAT, before);
    }

    @Test
    void thePopupNamesTheMonthInIndonesian(FxRobot robot) {
        robot.interact(picker::show);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".date-picker-popup .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("Januari").doesNotContain("January");
        robot.interact(picker::hide);
    }
}

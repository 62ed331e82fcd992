package id.netra.pacts.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetIdTest {

    private final SheetId id = new SheetId(2, 1543, 7);

    @Test
    void qrContentAndPrintedNumberBothParseBack() {
        assertThat(id.code()).startsWith("NETRA:P:2:1543:7:");
        assertThat(SheetId.parse(id.code())).isEqualTo(new SheetId.Valid(id));
        assertThat(SheetId.parse(id.sheetNumber())).isEqualTo(new SheetId.Valid(id));
    }

    @Test
    void toleratesWhatKeyboardWedgeScannersDo() {
        assertThat(SheetId.parse("  " + id.code().toLowerCase() + "\n")).isEqualTo(new SheetId.Valid(id));
        assertThat(SheetId.parse(id.code().replace(':', ';'))).isEqualTo(new SheetId.Valid(id));
    }

    @Test
    void aChangedDigitIsDamagedNotAnotherPerson() {
        String other = id.code().replace(":1543:", ":1544:");
        assertThat(SheetId.parse(other)).isInstanceOf(SheetId.Damaged.class);
        assertThat(SheetId.parse("NETRA:P:2:1543")).isInstanceOf(SheetId.Damaged.class);
        assertThat(SheetId.parse("NETRA:X:1:2:3:44")).isInstanceOf(SheetId.Damaged.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"198506122010011003", "8991234567890", "https://example.org", ""})
    void otherCodesAreForeign(String input) {
        assertThat(SheetId.parse(input)).isInstanceOf(SheetId.Foreign.class);
    }
}

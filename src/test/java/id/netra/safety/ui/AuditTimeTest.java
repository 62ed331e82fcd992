package id.netra.safety.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.TimeZone;

import org.junit.jupiter.api.Test;

import id.netra.safety.domain.AuditAction;
import id.netra.safety.domain.AuditEntry;

class AuditTimeTest {

    @Test
    void showsTheTimeOnThePcsClockWithTheMonthSpelledOut() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of("Asia/Jakarta")));
            // 23.30 UTC on the 26th is already the 27th in Jakarta (UTC+7)
            AuditEntry e = new AuditEntry(1, OffsetDateTime.of(2026, 11, 26, 23, 30, 5, 0, ZoneOffset.UTC), "admin",
                    false, AuditAction.UPDATE, "staff", "1", "{}", "{}", "0", "1");
            assertThat(e.localTime()).isEqualTo("27 November 2026 06.30.05");
        } finally {
            TimeZone.setDefault(saved);
        }
    }
}

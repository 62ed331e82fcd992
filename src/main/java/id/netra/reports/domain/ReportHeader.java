package id.netra.reports.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

import id.netra.settings.domain.OpdProfile;

/**
 * Who reports, for which month and election, under which letter number and date.
 *
 * @param periodName  "Pemilihan Kepala Daerah Tahun 2024"
 * @param letterDate  date on the letter (the signing day, usually early the next month)
 */
public record ReportHeader(OpdProfile issuer, YearMonth month, long periodId, String periodName,
                           String letterNumber, LocalDate letterDate) {

    public ReportHeader {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(letterDate, "letterDate");
        periodName = periodName == null ? "" : periodName;
        letterNumber = letterNumber == null ? "" : letterNumber;
    }
}

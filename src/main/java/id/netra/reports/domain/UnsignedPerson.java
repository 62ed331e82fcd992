package id.netra.reports.domain;

/** Someone on the roster at month end without a signed pact; {@code idNumber} is NIP/NI PPPK, NIK or "-". */
public record UnsignedPerson(String name, String idNumber, String position) {
}

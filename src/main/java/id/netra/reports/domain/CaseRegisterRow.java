package id.netra.reports.domain;

import java.time.LocalDate;

/**
 * Annex B: one case of the register extract. Carries no reporter at all: the Sekda's copy never needs
 * one and a confidential reporter must never be printed. {@code wording} is SUSPECTED until a decision
 * at month end says PROVEN or NOT_PROVEN (presumption of innocence: "diduga").
 *
 * @param persons  staff concerned, "Name (NIP)" joined
 * @param codes    catalogue codes joined, "D2, D6"
 * @param source   CaseSource code (INTERNAL_TEAM, PUBLIC_REPORT, BAWASLU, MEDIA_PATROL, OTHER)
 */
public record CaseRegisterRow(String registerNumber, LocalDate dateKnown, String persons, String subUnit,
                              String codes, String category, String source, String status, String wording) {
}

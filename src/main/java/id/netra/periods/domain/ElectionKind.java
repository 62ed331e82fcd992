package id.netra.periods.domain;

/** Pemilu (national), Pemilihan (regional head, "Pilkada"), PSU (re-vote in some areas). */
public enum ElectionKind {
    PEMILU, PEMILIHAN, PSU
}

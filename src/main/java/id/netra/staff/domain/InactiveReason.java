package id.netra.staff.domain;

/** Why someone left the roster; stored with the date it took effect. */
public enum InactiveReason {
    MUTASI, PENSIUN, MENINGGAL, BERHENTI, LAINNYA
}

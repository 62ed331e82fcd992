package id.netra.staff.domain;

public enum InactiveReason {
    MUTASI, PENSIUN, MENINGGAL, BERHENTI, LAINNYA
}

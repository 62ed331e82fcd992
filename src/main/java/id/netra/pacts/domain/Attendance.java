package id.netra.pacts.domain;

/** Attendance at an ikrar assembly, as Indonesian attendance registers record it. */
public enum Attendance {
    HADIR, IZIN, SAKIT, TANPA_KETERANGAN
}

package id.netra.staff.domain;

public enum SubUnitKind {
    SEKRETARIAT, BIDANG, UPT, SEKOLAH, LAINNYA
}

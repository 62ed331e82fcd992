package id.netra.findings.domain;

public enum TeamRole {
    KETUA,
    SEKRETARIS,
    ANGGOTA;

    public String messageKey() {
        return "findings.teamRole." + name();
    }
}

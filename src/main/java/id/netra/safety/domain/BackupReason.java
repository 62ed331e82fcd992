package id.netra.safety.domain;

/** Why a backup was taken; shown in the list so the clerk knows which one to pick. */
public enum BackupReason {
    MANUAL, EXIT, DAILY, BEFORE_RESTORE, BEFORE_ENCRYPTION
}

package id.netra.safety.domain;

/** What a role may do. Checked in one place ({@link Role#allows}) by services and screens alike. */
public enum Permission {
    /** Create, change and delete daily data (staff, pacts, ikrar, cases, evidence). */
    EDIT_DATA,
    /** See who reported a case when the reporter asked for confidentiality. */
    SEE_CONFIDENTIAL,
    /** Read data and print reports. */
    VIEW_REPORTS,
    /** Make a backup now. */
    BACKUP,
    /** Replace the store with a backup. */
    RESTORE,
    /** Create users, set passwords, turn encryption on or off. */
    MANAGE_USERS,
    /** Read the audit trail. */
    VIEW_AUDIT
}

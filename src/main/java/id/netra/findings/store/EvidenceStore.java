package id.netra.findings.store;

import static id.netra.db.schema.Tables.EVIDENCE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.EvidenceRecord;
import id.netra.findings.domain.Evidence;
import id.netra.findings.domain.EvidenceCheck;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.EvidenceType;

/**
 * Evidence files under {@code files/evidence/<case id>/}, named by a random id (the original name is
 * kept in the row: clerks' file names carry spaces, slashes and the reporter's name). The SHA-256 is
 * taken from the bytes written at intake, so a later change to the stored copy is detectable.
 */
public final class EvidenceStore {

    private final Database db;
    private final Clock clock;

    public EvidenceStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private Path evidenceRoot() {
        return db.directory().filesDir().resolve("evidence");
    }

    /** The stored copy on disk (ciphertext when the store encrypts its files). */
    public Path fileOf(Evidence e) {
        return db.directory().filesDir().resolve(e.storedPath());
    }

    /** A file the system viewer can open: the stored copy, or a decrypted temporary copy. */
    public Path openable(Evidence e) throws IOException {
        return EvidenceFiles.readable(db.files(), fileOf(e), e.originalName());
    }

    /**
     * Takes a copy of {@code source} into the case's folder. Rejects missing files, files over the
     * limit and files whose content is not what their extension says; on any failure neither the
     * file nor the row remains.
     */
    public Evidence add(long caseId, Path source, String originalName, String description, String by) {
        String name = originalName == null || originalName.isBlank() ? source.getFileName().toString() : originalName.strip();
        EvidenceFiles.Intake intake = EvidenceFiles.checkIntake(source, name);
        EvidencePolicy.Result check = intake.check();
        long size = intake.size();
        String ext = EvidenceType.extensionOf(name);
        if (ext.isEmpty()) {
            ext = check.type().name().toLowerCase(java.util.Locale.ROOT);
        }
        String relative = "evidence/" + caseId + "/" + UUID.randomUUID() + "." + ext;
        Path target = db.directory().filesDir().resolve(relative);
        return EvidenceFiles.takeIn(db.files(), source, target, sha -> db.inTransaction(ctx -> {
            CaseStore.loadForUpdate(ctx, caseId);
            EvidenceRecord r = ctx.newRecord(EVIDENCE);
            r.setCaseId(caseId);
            r.setOriginalName(name);
            r.setStoredPath(relative);
            r.setMediaType(check.type().name());
            r.setSizeBytes(size);
            r.setSha256(sha);
            r.setDescription(CaseStore.blankToNull(description));
            r.setAddedAt(OffsetDateTime.now(clock));
            r.setAddedBy(by);
            r.store();
            return toEvidence(r);
        }));
    }

    /** A screenshot from the clipboard: PNG bytes written to a temporary file, then taken in like any file. */
    public Evidence addPng(long caseId, byte[] png, String name, String description, String by) {
        try {
            Path tmp = Files.createTempFile("netra-clip-", ".png");
            try {
                Files.write(tmp, png);
                return add(caseId, tmp, name, description, by);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw FindingsInputException.of("findings.evidence.error.write", name);
        }
    }

    public List<Evidence> list(long caseId) {
        return db.dsl().selectFrom(EVIDENCE).where(EVIDENCE.CASE_ID.eq(caseId)).orderBy(EVIDENCE.ADDED_AT, EVIDENCE.ID)
                .fetch().map(EvidenceStore::toEvidence);
    }

    public Optional<Evidence> find(long id) {
        return db.dsl().selectFrom(EVIDENCE).where(EVIDENCE.ID.eq(id)).fetchOptional().map(EvidenceStore::toEvidence);
    }

    /** Re-reads the stored copy and compares it with the hash taken at intake. */
    public EvidenceCheck verify(Evidence e) {
        Path p = fileOf(e);
        if (!Files.isRegularFile(p)) {
            return EvidenceCheck.MISSING;
        }
        try {
            return EvidenceFiles.hash(db.files(), p).equals(e.sha256()) ? EvidenceCheck.INTACT : EvidenceCheck.CHANGED;
        } catch (IOException ex) {
            // present but unreadable or failing decryption (GCM authenticates): it is not what was taken in
            return EvidenceCheck.CHANGED;
        }
    }

    static Evidence toEvidence(EvidenceRecord r) {
        return new Evidence(r.getId(), r.getCaseId(), r.getOriginalName(), r.getStoredPath(),
                EvidenceType.valueOf(r.getMediaType()), r.getSizeBytes(), r.getSha256(), CaseStore.nz(r.getDescription()),
                r.getAddedAt(), r.getAddedBy());
    }

    Path root() {
        return evidenceRoot();
    }
}

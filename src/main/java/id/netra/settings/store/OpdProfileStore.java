package id.netra.settings.store;

import static id.netra.db.schema.Tables.OPD_PROFILE;

import java.time.OffsetDateTime;
import java.util.Optional;

import id.netra.db.Database;
import id.netra.db.schema.tables.records.OpdProfileRecord;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.PaperSize;

/** The single OPD profile row. */
public final class OpdProfileStore {

    private static final int THE_ROW = 1;

    private final Database db;

    public OpdProfileStore(Database db) {
        this.db = db;
    }

    public Optional<OpdProfile> load() {
        return db.dsl().selectFrom(OPD_PROFILE).where(OPD_PROFILE.ID.eq(THE_ROW)).fetchOptional()
                .map(OpdProfileStore::toDomain);
    }

    public void save(OpdProfile p) {
        db.inTransactionRun(ctx -> {
            OpdProfileRecord r = ctx.selectFrom(OPD_PROFILE).where(OPD_PROFILE.ID.eq(THE_ROW)).fetchOptional()
                    .orElseGet(() -> {
                        OpdProfileRecord fresh = ctx.newRecord(OPD_PROFILE);
                        fresh.setId(THE_ROW);
                        return fresh;
                    });
            r.setOpdName(p.opdName().trim());
            r.setGovernmentName(p.governmentName().trim());
            r.setAddress(p.address().trim());
            r.setPhone(trimToNull(p.phone()));
            r.setEmail(trimToNull(p.email()));
            r.setWebsite(trimToNull(p.website()));
            r.setCity(p.city().trim());
            r.setHeadName(p.headName().trim());
            r.setHeadNip(p.headNip() == null || p.headNip().isBlank() ? null : p.headNip().replace(" ", ""));
            r.setHeadRank(trimToNull(p.headRank()));
            r.setHeadPosition(p.headPosition().trim());
            r.setEmblem(p.emblem());
            r.setEmblemType(p.hasEmblem() ? p.emblemType() : null);
            r.setPaperSize(p.paperSize().name());
            r.setUpdatedAt(OffsetDateTime.now());
            r.store();
        });
    }

    private static OpdProfile toDomain(OpdProfileRecord r) {
        return new OpdProfile(r.getOpdName(), r.getGovernmentName(), r.getAddress(), nz(r.getPhone()),
                nz(r.getEmail()), nz(r.getWebsite()), r.getCity(), r.getHeadName(), nz(r.getHeadNip()),
                nz(r.getHeadRank()), r.getHeadPosition(), r.getEmblem(), r.getEmblemType(),
                PaperSize.valueOf(r.getPaperSize()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String trimToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}

package id.netra.samples;

import static id.netra.db.schema.Tables.STAFF;
import static id.netra.db.schema.Tables.SUB_UNIT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import org.jooq.DSLContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.netra.db.Database;
import id.netra.periods.domain.ElectionKind;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.periods.domain.RecommendingBody;
import id.netra.periods.store.PeriodStore;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.PaperSize;
import id.netra.settings.store.OpdProfileStore;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.store.RosterStore;
import id.netra.staff.domain.SubUnitKind;
import id.netra.staff.io.ColumnMapping;
import id.netra.staff.io.ImportOutcome;
import id.netra.staff.io.ImportPlan;
import id.netra.staff.io.ImportProblem;
import id.netra.staff.io.ReadListener;
import id.netra.staff.io.SourceTable;
import id.netra.staff.io.StaffFileReader;
import id.netra.staff.io.StaffImportReader;
import id.netra.staff.service.StaffImportService;
import id.netra.staff.store.SubUnitStore;

/**
 * Fills an empty store with the fictional Dinas Pendidikan of Kabupaten Sukamaju shipped in
 * {@code samples/}, so a clerk can try every screen before typing anything real.
 */
public final class SampleLoader {

    private static final String BASE = "/samples/";

    private final Database db;

    public SampleLoader(Database db) {
        this.db = db;
    }

    /** What was loaded, for the CLI and the first-run screen. */
    public record Result(int subUnits, int staff, int periods) {
    }

    /** True when nothing has been entered yet: samples never mix with real data. */
    public boolean storeIsEmpty() {
        return new OpdProfileStore(db).load().isEmpty() && new RosterStore(db).count() == 0;
    }

    /** The whole demo: profile, roster, periods, the Pilkada 2024 pact campaign and ikrar, findings. */
    public Result load() throws IOException, SampleException {
        return load(true);
    }

    /**
     * Everything but the pact campaign: every pact still unprinted, for tests and demonstrations that
     * start the printing and signing themselves.
     */
    public Result loadBeforePactCampaign() throws IOException, SampleException {
        return load(false);
    }

    private Result load(boolean withPactCampaign) throws IOException, SampleException {
        if (!storeIsEmpty()) {
            throw new SampleException("samples.error.notEmpty");
        }
        JsonNode sample = new ObjectMapper().readTree(resource("opd-sample.json"));
        byte[] emblem;
        try (InputStream in = resource(sample.path("profile").path("emblem").asText())) {
            emblem = in.readAllBytes();
        }
        OpdProfile profile = profile(sample.path("profile"), emblem);
        new OpdProfileStore(db).save(profile);
        Result result = db.inTransaction(ctx -> {
            int units = loadSubUnits(ctx, sample.path("subUnits"));
            int periods = loadPeriods(ctx, sample.path("periods"));
            int staff = loadStaff(ctx);
            return new Result(units, staff, periods);
        });
        if (withPactCampaign) {
            loadPactHistory();
        }
        loadFindings();
        return result;
    }

    /** Printing, signing and the ikrar apel of the current period, on Pilkada 2024's calendar. */
    private void loadPactHistory() {
        var pacts = id.netra.pacts.service.PactService.open(db);
        try {
            new SamplePactHistory(pacts, new id.netra.pacts.service.PledgeService(
                    new id.netra.pacts.store.PledgeStore(db), pacts, new OpdProfileStore(db))).load();
        } catch (id.netra.pacts.service.PactService.NotReady e) {
            throw new IllegalStateException("sample data has no current period", e);
        }
    }

    /** A few fictional cases, a team and activities (issue 5), picked from the roster just loaded. */
    private void loadFindings() {
        var roster = new RosterStore(db).listAll();
        long asnA = roster.stream().filter(s -> s.draft().kind() == StaffKind.PNS).skip(10).findFirst().orElseThrow().id();
        long asnB = roster.stream().filter(s -> s.draft().kind() == StaffKind.PPPK).findFirst().orElseThrow().id();
        long nonAsn = roster.stream().filter(s -> s.draft().kind() == StaffKind.NON_ASN).findFirst().orElseThrow().id();
        var chair = roster.stream().filter(s -> "Sekretaris".equals(s.draft().position())).findFirst().orElse(roster.get(0));
        new id.netra.findings.service.FindingsSamples(
                id.netra.findings.service.FindingsService.open(db, java.time.Clock.systemDefaultZone()))
                .load(new id.netra.findings.service.FindingsSamples.Cast(asnA, asnB, nonAsn, chair.id(), chair.fullName()));
    }

    private static OpdProfile profile(JsonNode p, byte[] emblem) {
        return new OpdProfile(p.path("opdName").asText(), p.path("governmentName").asText(), p.path("address").asText(),
                p.path("phone").asText(), p.path("email").asText(), p.path("website").asText(), p.path("city").asText(),
                p.path("headName").asText(), p.path("headNip").asText(), p.path("headRank").asText(),
                p.path("headPosition").asText(), emblem, "png", PaperSize.valueOf(p.path("paperSize").asText("A4")));
    }

    private static int loadSubUnits(DSLContext ctx, JsonNode units) {
        for (JsonNode u : units) {
            SubUnitStore.findOrCreate(ctx, u.path("name").asText(), SubUnitKind.valueOf(u.path("kind").asText()));
        }
        return units.size();
    }

    private static int loadPeriods(DSLContext ctx, JsonNode periods) {
        for (JsonNode p : periods) {
            PeriodStore.insert(ctx, new ElectionPeriod(0, p.path("name").asText(),
                    ElectionKind.valueOf(p.path("kind").asText()), p.path("year").asInt(),
                    date(p, "candidatesSet"), date(p, "campaignStart"), date(p, "campaignEnd"),
                    date(p, "votingDay"), date(p, "signingDeadline"),
                    RecommendingBody.valueOf(p.path("recommendingBody").asText()), p.path("current").asBoolean()));
        }
        return periods.size();
    }

    private static LocalDate date(JsonNode node, String field) {
        String text = node.path(field).asText("");
        return text.isEmpty() ? null : LocalDate.parse(text);
    }

    /**
     * The roster, read from the SIASN-style CSV the sample ships through the staff importer (the
     * same path a clerk's own export takes), then each sub-unit's head picked by position.
     */
    private static int loadStaff(DSLContext ctx) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile("netra-sample", ".csv");
            try (InputStream in = resource("staff-siasn.csv")) {
                Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            }
            SourceTable table = StaffFileReader.read(tmp, ReadListener.NONE);
            ImportPlan plan = ImportPlan.build(StaffImportReader.validate(table, ColumnMapping.auto(table.header()),
                    LocalDate.now(), ReadListener.NONE), List.of());
            StaffImportService.commitIn(ctx, plan, "staff-siasn.csv");
            ctx.select(STAFF.ID, STAFF.POSITION, STAFF.SUB_UNIT_ID).from(STAFF).orderBy(STAFF.ID).forEach(r -> {
                String position = r.value2() == null ? "" : r.value2();
                if (r.value3() != null && (position.startsWith("Kepala ") && !position.startsWith("Kepala Subbagian")
                        || position.equals("Sekretaris"))) {
                    ctx.update(SUB_UNIT).set(SUB_UNIT.HEAD_STAFF_ID, r.value1()).where(SUB_UNIT.ID.eq(r.value3()))
                            .execute();
                }
            });
            return plan.count(ImportOutcome.NEW);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (ImportProblem e) {
            throw new IllegalStateException(e.localized(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a temp file left behind is harmless
                }
            }
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleLoader.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("Sample resource missing: " + name);
        }
        return in;
    }
}

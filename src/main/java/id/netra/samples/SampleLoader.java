package id.netra.samples;

import static id.netra.db.schema.Tables.SUB_UNIT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
import id.netra.staff.domain.Staff;
import id.netra.staff.domain.StaffKind;
import id.netra.staff.domain.SubUnitKind;
import id.netra.staff.store.StaffStore;
import id.netra.staff.store.SubUnitStore;

/**
 * Fills an empty store with the fictional Dinas Pendidikan of Kabupaten Sukamaju shipped in
 * {@code samples/}, so a clerk can try every screen before typing anything real.
 */
public final class SampleLoader {

    private static final String BASE = "/samples/";
    private static final DateTimeFormatter SIASN_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final Database db;

    public SampleLoader(Database db) {
        this.db = db;
    }

    /** What was loaded, for the CLI and the first-run screen. */
    public record Result(int subUnits, int staff, int periods) {
    }

    /** True when nothing has been entered yet: samples never mix with real data. */
    public boolean storeIsEmpty() {
        return new OpdProfileStore(db).load().isEmpty() && new StaffStore(db).count() == 0;
    }

    public Result load() throws IOException, SampleException {
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
        loadFindings();
        return result;
    }

    /** A few fictional cases, a team and activities (issue 5), picked from the roster just loaded. */
    private void loadFindings() {
        var roster = new StaffStore(db).listAll();
        long asnA = roster.stream().filter(s -> s.kind() == StaffKind.PNS).skip(10).findFirst().orElseThrow().id();
        long asnB = roster.stream().filter(s -> s.kind() == StaffKind.PPPK).findFirst().orElseThrow().id();
        long nonAsn = roster.stream().filter(s -> s.kind() == StaffKind.NON_ASN).findFirst().orElseThrow().id();
        var chair = roster.stream().filter(s -> "Sekretaris".equals(s.position())).findFirst().orElse(roster.get(0));
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

    /** The roster, read from the SIASN-style CSV the sample ships. */
    private static int loadStaff(DSLContext ctx) {
        int count = 0;
        Map<String, Long> unitIds = new HashMap<>();
        try (Reader reader = new InputStreamReader(resource("staff-siasn.csv"), StandardCharsets.UTF_8);
             CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord r : csv) {
                String unit = r.get("UNOR NAMA");
                long unitId = unitIds.computeIfAbsent(unit, u -> SubUnitStore.findOrCreate(ctx, u, SubUnitKind.LAINNYA));
                StaffKind kind = kind(r.get("JENIS PEGAWAI NAMA"));
                String position = r.get("JABATAN NAMA");
                long id = StaffStore.insert(ctx, new Staff(0, kind,
                        kind == StaffKind.NON_ASN ? null : r.get("NIP BARU"),
                        blankToNull(r.get("NIK")), null, r.get("NAMA"),
                        blankToNull(r.get("GELAR DEPAN")), blankToNull(r.get("GELAR BELAKANG")),
                        "Wanita".equalsIgnoreCase(r.get("JENIS KELAMIN")) ? "P" : "L",
                        r.get("TEMPAT LAHIR NAMA"), LocalDate.parse(r.get("TANGGAL LAHIR"), SIASN_DATE),
                        blankToNull(r.get("GOL AKHIR NAMA")), position, positionType(r.get("JENIS JABATAN NAMA")),
                        unitId, blankToNull(r.get("NOMOR HP")), null, true, null, null));
                if (position.startsWith("Kepala ") && !position.startsWith("Kepala Subbagian")
                        || position.equals("Sekretaris")) {
                    ctx.update(SUB_UNIT).set(SUB_UNIT.HEAD_STAFF_ID, id).where(SUB_UNIT.ID.eq(unitId)).execute();
                }
                count++;
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return count;
    }

    private static StaffKind kind(String siasnKind) {
        String k = siasnKind.toUpperCase(Locale.ROOT);
        if (k.startsWith("PNS") || k.startsWith("CPNS")) {
            return StaffKind.PNS;
        }
        return k.startsWith("PPPK") ? StaffKind.PPPK : StaffKind.NON_ASN;
    }

    private static String positionType(String label) {
        String l = label.toUpperCase(Locale.ROOT);
        if (l.contains("STRUKTURAL") || l.contains("MANAJERIAL")) {
            return "MANAJERIAL";
        }
        if (l.contains("FUNGSIONAL") || l.equals("JFT")) {
            return "FUNGSIONAL";
        }
        return "PELAKSANA";
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SampleLoader.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("Sample resource missing: " + name);
        }
        return in;
    }
}

package id.netra.reports.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import id.netra.reports.domain.ActivityRow;
import id.netra.reports.domain.CodeCount;
import id.netra.reports.domain.FindingsFigures;
import id.netra.reports.domain.HeadcountRow;
import id.netra.reports.domain.MonthlyReport;
import id.netra.reports.domain.OverdueItem;
import id.netra.reports.domain.PactRow;
import id.netra.reports.domain.PledgeEventRow;
import id.netra.reports.domain.Tally;

/**
 * The figures of a report as a small JSON object for the regency-wide consolidation. Codes stay
 * machine-readable (PNS, DISIPLIN, DITERUSKAN...); no personal names are included, only counts.
 * {@code format} and {@code version} let the reader reject what it does not understand.
 */
public final class ReportJson {

    public static final String FORMAT = "netra-monthly-report";
    public static final int VERSION = 1;

    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportJson() {
    }

    public static ObjectNode toJson(MonthlyReport r) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("month", r.header().month().toString());
        root.put("asOf", r.header().month().atEndOfMonth().toString());
        ObjectNode period = root.putObject("period");
        period.put("id", r.header().periodId());
        period.put("name", r.header().periodName());
        ObjectNode opd = root.putObject("opd");
        opd.put("name", r.header().issuer().opdName());
        opd.put("government", r.header().issuer().governmentName());
        ObjectNode letter = root.putObject("letter");
        letter.put("number", r.header().letterNumber());
        letter.put("date", r.header().letterDate().toString());

        ObjectNode headcount = root.putObject("headcount");
        ArrayNode units = headcount.putArray("bySubUnit");
        r.headcount().forEach(h -> head(units.addObject(), h));
        head(headcount.putObject("total"), r.headcountTotal());

        ObjectNode pacts = root.putObject("pacts");
        ArrayNode pactUnits = pacts.putArray("bySubUnit");
        r.pacts().forEach(p -> pact(pactUnits.addObject(), p));
        pact(pacts.putObject("total"), r.pactTotal());
        pacts.put("notSignedListed", r.unsignedCount());

        ArrayNode pledges = root.putArray("pledges");
        for (PledgeEventRow e : r.pledges()) {
            ObjectNode o = pledges.addObject();
            o.put("date", e.heldOn().toString());
            o.put("place", e.place());
            o.put("present", e.present());
            o.put("excused", e.excused());
            o.put("absent", e.absent());
        }
        ArrayNode activities = root.putArray("activities");
        for (ActivityRow a : r.activities()) {
            ObjectNode o = activities.addObject();
            o.put("kind", a.kind());
            o.put("title", a.title());
            o.put("start", a.start().toString());
            o.put("end", (a.end() == null ? a.start() : a.end()).toString());
            o.put("place", a.place());
            o.put("participants", a.participants());
        }

        FindingsFigures f = r.findings();
        ObjectNode findings = root.putObject("findings");
        findings.put("newInMonth", f.newInMonth());
        findings.put("cumulative", f.cumulative());
        ArrayNode codes = findings.putArray("byCode");
        for (CodeCount c : f.byCode()) {
            ObjectNode o = codes.addObject();
            o.put("code", c.code());
            o.put("category", c.category());
            o.put("inMonth", c.inMonth());
            o.put("cumulative", c.cumulative());
        }
        tallies(findings.putArray("byCategory"), f.byCategory(), "category");
        ArrayNode statuses = findings.putArray("byStatus");
        for (Tally t : f.byStatus()) {
            ObjectNode o = statuses.addObject();
            o.put("status", t.key());
            o.put("reachedInMonth", t.inMonth());
            o.put("atMonthEnd", t.cumulative());
        }
        tally(findings.putObject("forwarded"), f.forwarded());
        tally(findings.putObject("recommendations"), f.recommendations());
        tallies(findings.putArray("sanctions"), f.sanctions(), "type");
        ArrayNode overdue = findings.putArray("overdue");
        for (OverdueItem o : f.overdue()) {
            ObjectNode n = overdue.addObject();
            n.put("register", o.registerNumber());
            n.put("kind", o.kind());
            n.put("due", o.due().toString());
        }
        return root;
    }

    public static void write(MonthlyReport r, OutputStream out) throws IOException {
        MAPPER.writeValue(out, toJson(r));
    }

    public static void write(MonthlyReport r, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        try (OutputStream out = Files.newOutputStream(file)) {
            write(r, out);
        }
    }

    private static void head(ObjectNode o, HeadcountRow h) {
        o.put("subUnit", h.subUnit());
        o.put("pns", h.pns());
        o.put("pppk", h.pppk());
        o.put("nonAsn", h.nonAsn());
        o.put("total", h.total());
    }

    private static void pact(ObjectNode o, PactRow p) {
        o.put("subUnit", p.subUnit());
        o.put("staff", p.staff());
        o.put("signed", p.signed());
        o.put("notSigned", p.notSigned());
        o.put("percent", p.percent());
    }

    private static void tally(ObjectNode o, Tally t) {
        o.put("inMonth", t.inMonth());
        o.put("cumulative", t.cumulative());
    }

    private static void tallies(ArrayNode array, java.util.List<Tally> list, String keyName) {
        for (Tally t : list) {
            ObjectNode o = array.addObject();
            o.put(keyName, t.key());
            tally(o, t);
        }
    }
}

package id.netra.findings.service;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import id.netra.findings.domain.CasePerson;
import id.netra.findings.domain.CaseProgress;
import id.netra.findings.domain.CaseWording;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.Evidence;
import id.netra.findings.domain.EvidencePolicy;
import id.netra.findings.domain.ExaminationReport;
import id.netra.findings.domain.FindingCase;
import id.netra.findings.domain.Forwarding;
import id.netra.findings.domain.InternalTeam;
import id.netra.findings.domain.Recommendation;
import id.netra.findings.domain.Reporter;
import id.netra.findings.domain.ReporterPolicy;
import id.netra.findings.domain.StatusChange;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.Viewer;
import id.netra.findings.print.CaseSheet;
import id.netra.findings.print.DocumentText;
import id.netra.findings.store.FindingsInputException;
import id.netra.i18n.IndonesianDates;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.PaperSize;

/**
 * Gathers one case into a {@link CaseSheet}: the kop from the OPD profile, the people and codes with
 * "diduga" wording until decided, the evidence with hashes re-checked now, every step, the status
 * history and the internal team in force when the case became known.
 */
public final class CaseSheetAssembler {

    private final FindingsService service;
    private final Supplier<OpdProfile> profile;
    private final ZoneId zone;

    public CaseSheetAssembler(FindingsService service, Supplier<OpdProfile> profile, ZoneId zone) {
        this.service = service;
        this.profile = profile;
        this.zone = zone;
    }

    public CaseSheet assemble(long caseId, Viewer viewer, LocalDate printedOn) {
        FindingCase c = service.caseStore().find(caseId)
                .orElseThrow(() -> FindingsInputException.of("findings.error.caseMissing", caseId));
        CaseProgress p = service.progress().progress(caseId);
        Decision d = p.decision();
        OpdProfile o = profile.get();
        CaseSheet.Kop kop = new CaseSheet.Kop(o.hasEmblem() ? o.emblem() : null, o.governmentName(), o.opdName(),
                o.address(), String.join(", ", nonBlank(o.phone(), o.email(), o.website())), o.paperSize() == PaperSize.F4);

        List<CaseSheet.Field> facts = new ArrayList<>();
        facts.add(field("findings.field.dateKnown", IndonesianDates.format(c.dateKnown())));
        facts.add(field("findings.field.actDate", IndonesianDates.format(c.actDate())));
        facts.add(field("findings.field.actPlace", dash(c.actPlace())));
        facts.add(field("findings.field.source", DocumentText.tr(c.source().messageKey())
                + (c.sourceDetail().isBlank() ? "" : " (" + c.sourceDetail() + ")")));
        facts.add(field("findings.field.reporterName", reporterText(c.reporter(), viewer)));
        facts.add(field("findings.sheet.status", DocumentText.tr(c.status().messageKey())));

        List<CaseSheet.Person> people = c.people().stream().map(CaseSheetAssembler::person).toList();
        List<CaseSheet.Code> codes = c.codes().stream().map(e -> new CaseSheet.Code(
                e.code() + (e.version() > 1 ? " (v" + e.version() + ")" : ""), DocumentText.tr(e.category().messageKey()),
                e.description(), DocumentText.tr(e.defaultSanction().messageKey()))).toList();
        List<CaseSheet.EvidenceLine> evidence = service.evidence().list(caseId).stream().map(e -> evidence(e)).toList();

        List<CaseSheet.HistoryLine> history = p.history().stream().map(this::history).toList();
        List<CaseSheet.TeamLine> team = new ArrayList<>();
        for (InternalTeam t : teamsInForce(c.dateKnown())) {
            String name = t.name() + " (" + DocumentText.tr(t.kind().messageKey()) + ", SK " + t.decreeNumber() + " "
                    + IndonesianDates.format(t.decreeDate()) + ")";
            for (TeamMember m : t.members()) {
                team.add(new CaseSheet.TeamLine(name, m.name(), DocumentText.tr(m.role().messageKey()), dash(m.institution())));
            }
        }
        for (TeamMember m : p.examiners()) {
            team.add(new CaseSheet.TeamLine(DocumentText.tr("findings.sheet.examinationTeam"), m.name(),
                    DocumentText.tr(m.role().messageKey()), dash(m.institution())));
        }
        CaseSheet.Signer signer = new CaseSheet.Signer(o.city(), printedOn, o.headPosition(), o.headName(),
                o.headRank(), o.headNip());
        return new CaseSheet(kop, DocumentText.tr(d != null && c.status().isDecided() && d.outcome() == DecisionOutcome.PROVEN
                        ? "findings.sheet.titleDecided" : "findings.sheet.title"),
                c.registerNumber(), DocumentText.tr(c.status().messageKey()), facts,
                DocumentText.tr(CaseWording.personLabelKey(c.status(), d)), people,
                c.status().isDecided() ? "" : DocumentText.tr("findings.sheet.presumption"),
                DocumentText.tr(CaseWording.violationLabelKey(c.status(), d)), codes, c.chronology(), c.links(), evidence,
                steps(p, DocumentText::tr), history, team, signer);
    }

    private List<InternalTeam> teamsInForce(LocalDate day) {
        return service.teams().list().stream()
                .filter(t -> (t.validFrom() == null || !day.isBefore(t.validFrom()))
                        && (t.validUntil() == null || !day.isAfter(t.validUntil())))
                .toList();
    }

    private static String reporterText(Reporter r, Viewer viewer) {
        if (r.isEmpty()) {
            return "-";
        }
        if (!ReporterPolicy.mayReveal(r, viewer)) {
            return DocumentText.tr("findings.reporter.hidden");
        }
        Reporter v = ReporterPolicy.visible(r, viewer);
        return v.name() + (v.contact().isEmpty() ? "" : " (" + v.contact() + ")");
    }

    private static CaseSheet.Person person(CasePerson p) {
        return new CaseSheet.Person(p.name(), dash(p.identifier()),
                DocumentText.tr(p.asn() ? "findings.sheet.asn" : "findings.sheet.nonAsn"), dash(p.position()),
                dash(p.subUnitName()));
    }

    private CaseSheet.EvidenceLine evidence(Evidence e) {
        return new CaseSheet.EvidenceLine(e.originalName(), e.type().mediaType(),
                EvidencePolicy.humanSize(e.sizeBytes()), e.sha256(),
                DocumentText.tr(service.evidence().verify(e).messageKey()));
    }

    private CaseSheet.HistoryLine history(StatusChange h) {
        return new CaseSheet.HistoryLine(IndonesianDates.format(h.changedAt().atZoneSameInstant(zone).toLocalDateTime()),
                h.from() == null ? "-" : DocumentText.tr(h.from().messageKey()), DocumentText.tr(h.to().messageKey()),
                h.changedBy(), dash(h.reason()));
    }

    /** Translation for step lines: documents pass the Indonesian bundle, screens the user's language. */
    @FunctionalInterface
    public interface Words {
        String tr(String key, Object... args);
    }

    /** The documents of each step, in the order they happen. */
    public static List<String> steps(CaseProgress p, Words w) {
        List<String> out = new ArrayList<>();
        for (Summons s : p.summonses()) {
            out.add(w.tr("findings.sheet.summons", s.sequence() == 1 ? "I" : "II", dash(s.letterNumber()),
                    IndonesianDates.format(s.issuedDate()), IndonesianDates.format(s.scheduledDate()),
                    w.tr(s.attendance().messageKey())));
        }
        for (ExaminationReport r : p.reports()) {
            out.add(w.tr("findings.sheet.bap", dash(r.reportNumber()), IndonesianDates.format(r.reportDate())));
        }
        for (Forwarding f : p.forwardings()) {
            out.add(w.tr("findings.sheet.forwarding", w.tr(f.target().messageKey()), f.letterNumber(),
                    IndonesianDates.format(f.letterDate())));
        }
        for (Recommendation r : p.recommendations()) {
            out.add(w.tr("findings.sheet.recommendation", w.tr(r.body().messageKey()), r.letterNumber(),
                    IndonesianDates.format(r.letterDate()), r.recommendedSanction()));
        }
        Decision d = p.decision();
        if (d != null) {
            String what = d.outcome() == DecisionOutcome.NOT_PROVEN ? w.tr(d.outcome().messageKey())
                    : String.join("; ", nonBlank(d.sanction() == null ? "" : w.tr(d.sanction().messageKey()),
                            d.contractMeasure() == null ? "" : w.tr(d.contractMeasure().messageKey()),
                            d.sanctionDetail()));
            out.add(w.tr("findings.sheet.decision", what, dash(d.decreeNumber()),
                    IndonesianDates.format(d.decreeDate()), IndonesianDates.format(d.deliveredDate())));
        }
        return out;
    }

    private static CaseSheet.Field field(String key, String value) {
        return new CaseSheet.Field(DocumentText.tr(key), value);
    }

    private static String dash(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private static List<String> nonBlank(String... parts) {
        List<String> out = new ArrayList<>();
        for (String s : parts) {
            if (s != null && !s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}

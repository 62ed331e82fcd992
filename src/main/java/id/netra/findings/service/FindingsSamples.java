package id.netra.findings.service;

import java.time.LocalDate;
import java.util.List;

import id.netra.findings.domain.Activity;
import id.netra.findings.domain.ActivityKind;
import id.netra.findings.domain.CaseDraft;
import id.netra.findings.domain.CaseSource;
import id.netra.findings.domain.CatalogueEntry;
import id.netra.findings.domain.Decision;
import id.netra.findings.domain.DecisionOutcome;
import id.netra.findings.domain.Forwarding;
import id.netra.findings.domain.ForwardTarget;
import id.netra.findings.domain.InternalTeam;
import id.netra.findings.domain.Reporter;
import id.netra.findings.domain.SanctionLevel;
import id.netra.findings.domain.Summons;
import id.netra.findings.domain.SummonsAttendance;
import id.netra.findings.domain.TeamKind;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.TeamRole;
import id.netra.findings.domain.TransitionRequest;

/**
 * Fictional cases for the sample OPD, dated relative to today so their clocks mean something: one
 * fresh media-patrol finding, one under examination whose summons I was missed (overdue), one
 * decided. Plus the internal team and two prevention activities. Everything goes through the
 * same stores and rules as the clerk's own input.
 */
public final class FindingsSamples {

    private static final String BY = "data contoh";

    private final FindingsService service;

    public FindingsSamples(FindingsService service) {
        this.service = service;
    }

    /** Staff from the loaded roster: two ASN, one non-ASN, and the team chair. */
    public record Cast(long asnA, long asnB, long nonAsn, long chair, String chairName) {
    }

    public int load(Cast cast) {
        LocalDate today = service.today();
        service.teams().save(new InternalTeam(0, "Tim Pengawas Netralitas ASN Dinas Pendidikan", TeamKind.TETAP,
                "800/112/DISDIK/" + today.getYear(), today.minusMonths(3), today.minusMonths(3), null, List.of(
                        new TeamMember(cast.chair(), cast.chairName(), "", TeamRole.KETUA),
                        new TeamMember(null, "Auditor Inspektorat Kabupaten Sukamaju", "Inspektorat", TeamRole.ANGGOTA),
                        new TeamMember(null, "Analis SDM BKPSDM Kabupaten Sukamaju", "BKPSDM", TeamRole.ANGGOTA))));
        service.activities().save(new Activity(0, ActivityKind.SOSIALISASI, "Sosialisasi netralitas ASN bagi kepala sekolah",
                today.minusDays(40), null, "Aula Dinas Pendidikan", 85, "Narasumber dari BKPSDM dan Bawaslu", null));
        service.activities().save(new Activity(0, ActivityKind.PATROLI_MEDSOS, "Patroli media sosial pekan kampanye",
                today.minusDays(14), today.minusDays(10), "Daring (Facebook, Instagram, TikTok)", 4, "", null));

        long fresh = service.caseStore().create(new CaseDraft(today.minusDays(2), today.minusDays(3), "Facebook",
                CaseSource.MEDIA_PATROL, "Patroli media sosial tim", Reporter.NONE,
                "Akun atas nama yang bersangkutan membagikan poster kampanye pasangan calon dengan keterangan ajakan memilih.",
                null, today.plusDays(5), "Klarifikasi kepada atasan langsung", List.of(cast.asnA()), codes("D6"),
                List.of("https://www.facebook.com/contoh/posts/1001")), BY);

        long missed = service.caseStore().create(new CaseDraft(today.minusDays(30), today.minusDays(31),
                "Balai Desa Sukamaju", CaseSource.PUBLIC_REPORT, "", new Reporter("Warga Sukamaju", "0812-0000-0000", true),
                "Pelapor menyampaikan bahwa yang bersangkutan hadir dan berpidato pada pertemuan tim pemenangan calon bupati.",
                null, null, null, List.of(cast.asnB(), cast.nonAsn()), codes("D4", "D10"), List.of()), BY);
        service.progress().transition(missed, TransitionRequest.to(id.netra.findings.domain.CaseStatus.KLARIFIKASI), BY);
        service.progress().transition(missed, TransitionRequest.examination(new Summons(1, "800/210/DISDIK",
                today.minusDays(20), today.minusDays(15), SummonsAttendance.ABSENT)), BY);

        long decided = service.caseStore().create(new CaseDraft(today.minusDays(60), today.minusDays(62), "Instagram",
                CaseSource.BAWASLU, "Penerusan Bawaslu Kabupaten", Reporter.NONE,
                "Unggahan foto bersama bakal calon dengan gestur jari yang menunjukkan nomor urut.",
                null, null, null, List.of(cast.asnA()), codes("E5"), List.of()), BY);
        service.progress().transition(decided, TransitionRequest.to(id.netra.findings.domain.CaseStatus.KLARIFIKASI), BY);
        service.progress().transition(decided, TransitionRequest.forward(new Forwarding(ForwardTarget.BKPSDM,
                today.minusDays(50), "800/190/DISDIK")), BY);
        service.progress().transition(decided, TransitionRequest.decide(new Decision(DecisionOutcome.PROVEN,
                SanctionLevel.MORAL_TERTUTUP, null, "Pernyataan secara tertutup", "800/SK/12/DISDIK", today.minusDays(35),
                today.minusDays(33))), BY);
        return 3;
    }

    private List<Long> codes(String... codes) {
        List<CatalogueEntry> all = service.catalogue().list(false);
        return java.util.Arrays.stream(codes)
                .map(c -> all.stream().filter(e -> e.code().equals(c)).findFirst().orElseThrow().id()).toList();
    }
}

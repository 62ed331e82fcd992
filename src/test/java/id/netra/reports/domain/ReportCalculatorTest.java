package id.netra.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import id.netra.settings.domain.OpdProfile;

/** Month-cut rules on hand-made facts: every figure is as of the last moment of the month. */
class ReportCalculatorTest {

    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final OffsetDateTime LONG_AGO = OffsetDateTime.of(2024, 1, 1, 8, 0, 0, 0, ZoneOffset.ofHours(7));

    private static OffsetDateTime at(int y, int m, int d, int h) {
        return OffsetDateTime.of(y, m, d, h, 0, 0, 0, ZoneOffset.ofHours(7));
    }

    private static MonthlyReport compute(ReportFacts facts, YearMonth month) {
        ReportHeader h = new ReportHeader(OpdProfile.empty(), month, 1, "Pilkada 2024", "", month.atEndOfMonth());
        return ReportCalculator.compute(h, MonthNotes.empty(month, 1), facts, new MonthCut(month, WIB));
    }

    private final List<StaffFact> staff = List.of(
            new StaffFact(1, "PNS", "Ani", "1", "Guru", "Sekretariat", 1, LONG_AGO, null),
            new StaffFact(2, "PPPK", "Budi", "2", "Guru", "Sekretariat", 1, LONG_AGO, LocalDate.of(2024, 9, 15)),
            new StaffFact(3, "NON_ASN", "Citra", "3", "Staf", "Bidang SD", 2, LONG_AGO, null),
            // recorded in the store in November: not on the October roster
            new StaffFact(4, "PNS", "Dedi", "4", "Guru", "Bidang SD", 2, at(2024, 11, 2, 9), null),
            // leaves on 1 November: still counted on 31 October
            new StaffFact(5, "PNS", "Eka", "5", "Guru", "Bidang SD", 2, LONG_AGO, LocalDate.of(2024, 11, 1)));

    private final List<PactEventFact> pacts = List.of(
            new PactEventFact(1, "PRINTED", LocalDate.of(2024, 8, 20), 1),
            new PactEventFact(1, "SIGNED", LocalDate.of(2024, 8, 28), 2),
            new PactEventFact(2, "SIGNED", LocalDate.of(2024, 9, 2), 3),
            new PactEventFact(3, "SIGNED", LocalDate.of(2024, 9, 10), 4),
            new PactEventFact(3, "SIGNATURE_CANCELLED", LocalDate.of(2024, 10, 3), 5),
            new PactEventFact(5, "SIGNED", LocalDate.of(2024, 11, 1), 6));

    private static CaseFact.CodeRef code(String code, String cat, int sort) {
        return new CaseFact.CodeRef(code, cat, "uraian " + code, sort);
    }

    private final List<CaseFact> cases = List.of(
            new CaseFact(10, "001/TEMUAN/2024", LocalDate.of(2024, 8, 12), "MEDIA_PATROL", List.of("Ani (1)"), "Sekretariat",
                    List.of(code("E4", "ETIK", 4)),
                    List.of(new CaseFact.StatusStep("DICATAT", at(2024, 8, 12, 10)),
                            new CaseFact.StatusStep("KLARIFIKASI", at(2024, 8, 20, 10)),
                            new CaseFact.StatusStep("DIPUTUS", at(2024, 9, 30, 23)),
                            new CaseFact.StatusStep("SELESAI", at(2024, 11, 5, 10))),
                    List.of(LocalDate.of(2024, 8, 25)), List.of(LocalDate.of(2024, 9, 10)),
                    List.of(new CaseFact.DecisionFact("PROVEN", "MORAL_TERTUTUP", LocalDate.of(2024, 9, 30), null,
                            at(2024, 9, 30, 23), null)),
                    List.of()),
            new CaseFact(11, "002/TEMUAN/2024", LocalDate.of(2024, 10, 2), "PUBLIC_REPORT", List.of("Citra (3)"), "Bidang SD",
                    List.of(code("D2", "DISIPLIN", 9), code("D6", "DISIPLIN", 13)),
                    List.of(new CaseFact.StatusStep("DICATAT", at(2024, 10, 2, 10)),
                            new CaseFact.StatusStep("KLARIFIKASI", at(2024, 10, 31, 23)),
                            new CaseFact.StatusStep("PEMERIKSAAN", at(2024, 11, 1, 0))),
                    List.of(), List.of(), List.of(),
                    List.of(new CaseFact.SummonsFact(1, LocalDate.of(2024, 10, 3), LocalDate.of(2024, 10, 7), "ABSENT"))));

    private final ReportFacts facts = new ReportFacts(staff, pacts,
            List.of(new PledgeFact(1, LocalDate.of(2024, 9, 2), "Halaman", "Kepala", 3, 1, 0)),
            List.of(new ActivityRow("PATROLI_MEDSOS", "Patroli", LocalDate.of(2024, 9, 1), LocalDate.of(2024, 10, 31), "Daring", 2)),
            cases, Set.of());

    @Test
    void rosterAndPactsAtTheEndOfOctober() {
        MonthlyReport r = compute(facts, YearMonth.of(2024, 10));
        // Ani, Citra, Eka: Budi left in September, Dedi was recorded in November
        assertThat(r.headcountTotal()).isEqualTo(new HeadcountRow("Jumlah", 2, 0, 1));
        assertThat(r.headcount()).extracting(HeadcountRow::subUnit).containsExactly("Sekretariat", "Bidang SD");
        // only Ani: Citra's signature was cancelled in October, Eka signed in November
        assertThat(r.pactTotal()).isEqualTo(new PactRow("Jumlah", 3, 1));
        assertThat(r.pactTotal().percent()).hasToString("33.3");
        assertThat(r.unsigned()).extracting(UnsignedGroup::subUnit).containsExactly("Bidang SD");
        assertThat(r.unsigned().get(0).people()).extracting(UnsignedPerson::name).containsExactly("Citra", "Eka");
    }

    @Test
    void rosterAndPactsAtTheEndOfSeptember() {
        MonthlyReport r = compute(facts, YearMonth.of(2024, 9));
        assertThat(r.headcountTotal().total()).isEqualTo(3);
        assertThat(r.pactTotal()).isEqualTo(new PactRow("Jumlah", 3, 2));
        assertThat(r.pledges()).hasSize(1);
        assertThat(r.activities()).hasSize(1);
    }

    @Test
    void findingsAtTheEndOfOctober() {
        FindingsFigures f = compute(facts, YearMonth.of(2024, 10)).findings();
        assertThat(f.newInMonth()).isEqualTo(1);
        assertThat(f.cumulative()).isEqualTo(2);
        assertThat(f.byCode()).extracting(CodeCount::code).containsExactly("E4", "D2", "D6");
        assertThat(f.byCategory()).containsExactly(new Tally("ETIK", 0, 1), new Tally("DISIPLIN", 1, 1));
        // case 10 was decided in September and closed in November; case 11 reached clarification on 31 Oct 23:00
        assertThat(f.statusCount("DIPUTUS")).isEqualTo(1);
        assertThat(f.statusCount("SELESAI")).isZero();
        assertThat(f.statusCount("KLARIFIKASI")).isEqualTo(1);
        assertThat(f.statusCount("PEMERIKSAAN")).isZero();
        assertThat(f.forwarded()).isEqualTo(new Tally("FORWARDED", 0, 1));
        assertThat(f.recommendations()).isEqualTo(new Tally("RECOMMENDATIONS", 0, 1));
        assertThat(f.sanctions()).contains(new Tally("MORAL_TERTUTUP", 0, 1));
        // decision of 30 Sep not delivered 14 working days later; summons II missing since 16 Oct
        assertThat(f.overdue()).extracting(OverdueItem::kind).containsExactlyInAnyOrder("SUMMONS_TWO", "DECISION_DELIVERY");
    }

    @Test
    void annexBSaysDugaanUntilDecided() {
        MonthlyReport r = compute(facts, YearMonth.of(2024, 10));
        assertThat(r.register()).extracting(CaseRegisterRow::wording).containsExactly("PROVEN", "SUSPECTED");
        assertThat(r.register().get(1).codes()).isEqualTo("D2, D6");
        MonthlyReport aug = compute(facts, YearMonth.of(2024, 8));
        assertThat(aug.register()).extracting(CaseRegisterRow::wording).containsExactly("SUSPECTED");
        assertThat(aug.register().get(0).status()).isEqualTo("KLARIFIKASI");
    }

    @Test
    void monthCutUsesTheOfficeTimeZone() {
        MonthCut cut = new MonthCut(YearMonth.of(2024, 10), WIB);
        assertThat(cut.byEnd(at(2024, 10, 31, 23))).isTrue();
        assertThat(cut.byEnd(at(2024, 11, 1, 0))).isFalse();
        assertThat(cut.lastDay()).isEqualTo(LocalDate.of(2024, 10, 31));
    }
}

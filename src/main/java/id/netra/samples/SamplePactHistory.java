package id.netra.samples;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.PledgeEvent;
import id.netra.pacts.domain.PrintBatch;
import id.netra.pacts.service.PactService;
import id.netra.pacts.service.PactService.NotReady;
import id.netra.pacts.service.PledgeService;
import id.netra.pacts.domain.PactRow;
import id.netra.periods.domain.ElectionPeriod;

/**
 * Gives the sample OPD a believable pact campaign for Pilkada 2024, on its real calendar: the whole
 * roster printed on 10 September, signatures coming back in waves until after the 24 September
 * deadline with a few still missing, and the ikrar read at the 20 September apel. Seeded, so every
 * load gives the same figures (the monthly report's sample months can be checked by hand).
 */
final class SamplePactHistory {

    private static final ZoneOffset WIB = ZoneOffset.ofHours(7);
    private static final LocalDate PRINTED = LocalDate.of(2024, 9, 10);
    private static final LocalDate IKRAR = LocalDate.of(2024, 9, 20);
    /** Day and share of the roster whose sheet came back that day; about 6 % never do. */
    private static final List<Wave> WAVES = List.of(
            new Wave(LocalDate.of(2024, 9, 12), 0.38),
            new Wave(LocalDate.of(2024, 9, 17), 0.30),
            new Wave(LocalDate.of(2024, 9, 23), 0.18),
            new Wave(LocalDate.of(2024, 10, 2), 0.08));

    private record Wave(LocalDate day, double share) {
    }

    private final PactService pacts;
    private final PledgeService pledges;

    SamplePactHistory(PactService pacts, PledgeService pledges) {
        this.pacts = pacts;
        this.pledges = pledges;
    }

    void load() throws NotReady {
        ElectionPeriod period = pacts.period("current");
        List<Long> everyone = new ArrayList<>();
        for (PactRow r : pacts.roster(period.id(), PRINTED)) {
            everyone.add(r.staffId());
        }
        long batch = pacts.store().nextBatchId();
        pacts.store().recordPrinted(new PrintBatch(batch, period.id(), OffsetDateTime.of(PRINTED, LocalTime.of(9, 30), WIB),
                everyone.size(), "A4", "Semua pegawai", "pakta-integritas-semua.pdf"), everyone, PRINTED);

        Random random = new Random(20240910L);
        List<Long> waiting = new ArrayList<>(everyone);
        java.util.Collections.shuffle(waiting, random);
        int from = 0;
        for (Wave w : WAVES) {
            int n = (int) Math.round(everyone.size() * w.share());
            List<Long> signed = waiting.subList(from, Math.min(waiting.size(), from + n));
            pacts.markSigned(period.id(), signed, w.day(), "Sekretariat (pengelola kepegawaian)");
            from += n;
        }

        PledgeEvent draft = pledges.draft(period, IKRAR);
        long eventId = pledges.store().save(new PledgeEvent(0, period.id(), IKRAR, draft.place(),
                "Kepala Dinas Pendidikan", draft.text()));
        Map<Long, Attendance> attendance = new HashMap<>();
        for (Long staffId : everyone) {
            double roll = random.nextDouble();
            attendance.put(staffId, roll < 0.86 ? Attendance.HADIR : roll < 0.93 ? Attendance.IZIN
                    : roll < 0.97 ? Attendance.SAKIT : Attendance.TANPA_KETERANGAN);
        }
        pledges.store().record(eventId, attendance);
    }
}

package id.netra.pacts.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.netra.pacts.domain.Attendance;
import id.netra.pacts.domain.AttendanceCount;
import id.netra.pacts.domain.PactRow;
import id.netra.pacts.domain.Placeholders;
import id.netra.pacts.domain.PledgeEvent;
import id.netra.pacts.print.AttendanceList;
import id.netra.pacts.store.PledgeStore;
import id.netra.pdf.PaperSize;
import id.netra.pdf.SignatureBlock;
import id.netra.periods.domain.ElectionPeriod;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.store.OpdProfileStore;

/** Ikrar assemblies: the events, who attended, the attendance list to print, the counts. */
public final class PledgeService {

    private final PledgeStore pledges;
    private final PactService pacts;
    private final OpdProfileStore profiles;

    public PledgeService(PledgeStore pledges, PactService pacts, OpdProfileStore profiles) {
        this.pledges = pledges;
        this.pacts = pacts;
        this.profiles = profiles;
    }

    public PledgeStore store() {
        return pledges;
    }

    /** A new event with the standard text for {@code period}, not yet stored. */
    public PledgeEvent draft(ElectionPeriod period, LocalDate day) {
        String place = profiles.load().map(p -> "Halaman Kantor " + PactService.officeCase(p.opdName())).orElse("");
        String text = Placeholders.apply(PledgeEvent.standardText(), Placeholders.period(period.name(), period.year(), ""));
        return new PledgeEvent(0, period.id(), day, place, null, text);
    }

    /** Sets everyone of a sub-unit (or everyone, when {@code subUnitId} is null) to {@code attendance}. */
    public int recordForUnit(PledgeEvent event, Long subUnitId, Attendance attendance, LocalDate day) {
        Map<Long, Attendance> entries = new HashMap<>();
        for (PactRow r : pacts.roster(event.periodId(), day)) {
            if (subUnitId == null || r.subUnitId() == subUnitId) {
                entries.put(r.staffId(), attendance);
            }
        }
        pledges.record(event.id(), entries);
        return entries.size();
    }

    public void record(PledgeEvent event, Map<Long, Attendance> entries) {
        pledges.record(event.id(), entries);
    }

    public AttendanceCount count(PledgeEvent event, LocalDate day) {
        return new AttendanceCount(event, pledges.counts(event.id()), pacts.roster(event.periodId(), day).size());
    }

    /** The latest event of the period with its counts, for the dashboard. */
    public Optional<AttendanceCount> latest(long periodId, LocalDate day) {
        List<PledgeEvent> events = pledges.events(periodId);
        return events.isEmpty() ? Optional.empty() : Optional.of(count(events.get(0), day));
    }

    public int saveAttendanceList(PledgeEvent event, ElectionPeriod period, Long subUnitId, LocalDate day,
                                  java.nio.file.Path target) throws PactService.NotReady, java.io.IOException {
        return id.netra.pacts.print.AttendanceListRenderer.save(attendanceList(event, period, subUnitId, day), target);
    }

    /** The list people sign at the assembly: everyone active (or one sub-unit), in print order. */
    public AttendanceList attendanceList(PledgeEvent event, ElectionPeriod period, Long subUnitId, LocalDate day)
            throws PactService.NotReady {
        OpdProfile profile = profiles.load().orElseThrow(() -> new PactService.NotReady("pacts.error.noProfile"));
        List<AttendanceList.Row> rows = new ArrayList<>();
        for (PactRow r : pacts.roster(event.periodId(), day)) {
            if (subUnitId == null || r.subUnitId() == subUnitId) {
                rows.add(new AttendanceList.Row(r.fullName(), r.printedNumber(), r.position()));
            }
        }
        SignatureBlock head = new SignatureBlock(profile.city(), event.heldOn(),
                List.of(profile.headPosition().toUpperCase(java.util.Locale.ROOT) + ","), profile.headName(),
                profile.headRank(), profile.headNip() == null || profile.headNip().isBlank() ? null
                : "NIP. " + id.netra.pacts.domain.IdentityFormat.groupNip(profile.headNip()), null);
        return new AttendanceList(PactService.letterhead(profile), PaperSize.parse(profile.paperSize().name()),
                "Apel Ikrar Netralitas Pegawai dalam " + period.name(), event.heldOn(), event.place(), event.ledBy(),
                rows, head);
    }
}

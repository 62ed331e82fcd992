package id.netra.pacts.domain;

import java.util.EnumMap;
import java.util.Map;

/** Attendance of one ikrar event by kind; people not recorded are counted as not yet recorded. */
public record AttendanceCount(PledgeEvent event, Map<Attendance, Integer> counts, int expected) {

    public AttendanceCount {
        Map<Attendance, Integer> all = new EnumMap<>(Attendance.class);
        for (Attendance a : Attendance.values()) {
            all.put(a, counts.getOrDefault(a, 0));
        }
        counts = Map.copyOf(all);
    }

    public int recorded() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public int present() {
        return counts.get(Attendance.HADIR);
    }
}

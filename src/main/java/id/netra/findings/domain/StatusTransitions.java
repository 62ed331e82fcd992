package id.netra.findings.domain;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which status may follow which. Forward steps follow the handling procedure, with the shortcuts
 * real cases take (clarification may end in "not proven"; a case Bawaslu sent in may be forwarded
 * straight back after clarification; a discipline-sedang case is decided by the superior without
 * forwarding). Any earlier status may be returned to, but only with a written reason.
 */
public final class StatusTransitions {

    private static final Map<CaseStatus, Set<CaseStatus>> FORWARD = new EnumMap<>(CaseStatus.class);

    static {
        FORWARD.put(CaseStatus.DICATAT, EnumSet.of(CaseStatus.KLARIFIKASI));
        FORWARD.put(CaseStatus.KLARIFIKASI, EnumSet.of(CaseStatus.PEMERIKSAAN, CaseStatus.DITERUSKAN, CaseStatus.DIPUTUS));
        FORWARD.put(CaseStatus.PEMERIKSAAN, EnumSet.of(CaseStatus.DITERUSKAN, CaseStatus.DIPUTUS));
        FORWARD.put(CaseStatus.DITERUSKAN, EnumSet.of(CaseStatus.REKOMENDASI, CaseStatus.DIPUTUS));
        FORWARD.put(CaseStatus.REKOMENDASI, EnumSet.of(CaseStatus.DIPUTUS));
        FORWARD.put(CaseStatus.DIPUTUS, EnumSet.of(CaseStatus.SELESAI));
        FORWARD.put(CaseStatus.SELESAI, EnumSet.noneOf(CaseStatus.class));
    }

    private StatusTransitions() {
    }

    public static boolean isBackward(CaseStatus from, CaseStatus to) {
        return to.ordinal() < from.ordinal();
    }

    public static boolean isAllowed(CaseStatus from, CaseStatus to) {
        return FORWARD.get(from).contains(to) || isBackward(from, to);
    }

    /** What the screen offers from {@code from}: forward steps first, then the way back. */
    public static List<CaseStatus> offered(CaseStatus from) {
        EnumSet<CaseStatus> forward = EnumSet.copyOf(FORWARD.get(from).isEmpty()
                ? EnumSet.noneOf(CaseStatus.class) : FORWARD.get(from));
        List<CaseStatus> back = java.util.Arrays.stream(CaseStatus.values())
                .filter(s -> isBackward(from, s)).sorted((a, b) -> b.ordinal() - a.ordinal()).toList();
        java.util.ArrayList<CaseStatus> all = new java.util.ArrayList<>(forward);
        all.addAll(back);
        return List.copyOf(all);
    }

    public static boolean needsReason(CaseStatus from, CaseStatus to) {
        return isBackward(from, to);
    }
}

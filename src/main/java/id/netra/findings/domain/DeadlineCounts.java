package id.netra.findings.domain;

/** What the rail badge and the Beranda card show. */
public record DeadlineCounts(int overdue, int dueSoon) {

    public int total() {
        return overdue + dueSoon;
    }
}

package id.netra.reports.domain;

/** Staff on the roster at month end in one sub-unit (or the total), by kind. */
public record HeadcountRow(String subUnit, int pns, int pppk, int nonAsn) {

    public int total() {
        return pns + pppk + nonAsn;
    }

    public HeadcountRow plus(HeadcountRow o) {
        return new HeadcountRow(subUnit, pns + o.pns, pppk + o.pppk, nonAsn + o.nonAsn);
    }
}

package id.netra.pacts.domain;

import java.util.List;

/** How far the signing of a period has come, overall and per sub-unit (active staff only). */
public record SigningProgress(int people, int printed, int signed, List<UnitProgress> units) {

    public record UnitProgress(long subUnitId, String name, int people, int signed) {
        public double ratio() {
            return people == 0 ? 0 : (double) signed / people;
        }
    }

    public double ratio() {
        return people == 0 ? 0 : (double) signed / people;
    }

    public int percent() {
        return (int) Math.floor(ratio() * 100);
    }
}

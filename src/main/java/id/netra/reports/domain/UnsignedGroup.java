package id.netra.reports.domain;

import java.util.List;

/** Annex A: the people of one sub-unit who had not signed at month end. */
public record UnsignedGroup(String subUnit, List<UnsignedPerson> people) {

    public UnsignedGroup {
        people = List.copyOf(people);
    }
}

package id.netra.periods.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

public record ElectionPeriod(
        long id,
        String name,
        ElectionKind kind,
        int year,
        LocalDate candidatesSet,
        LocalDate campaignStart,
        LocalDate campaignEnd,
        LocalDate votingDay,
        LocalDate signingDeadline,
        RecommendingBody recommendingBody,
        boolean current) {

    /** Days from {@code today} to voting day; negative once it has passed. */
    public long daysToVoting(LocalDate today) {
        return ChronoUnit.DAYS.between(today, votingDay);
    }
}

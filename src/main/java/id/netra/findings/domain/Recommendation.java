package id.netra.findings.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A recommendation letter coming back from Bawaslu / BKN (KASN before 2024). */
public record Recommendation(RecommendingBody body, String letterNumber, LocalDate letterDate,
        String recommendedSanction) {

    public Recommendation {
        Objects.requireNonNull(body, "body");
        letterNumber = letterNumber == null ? "" : letterNumber.strip();
        recommendedSanction = recommendedSanction == null ? "" : recommendedSanction.strip();
    }
}

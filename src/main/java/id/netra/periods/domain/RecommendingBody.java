package id.netra.periods.domain;

/** KASN until its dissolution in 2024; BKN after. Data per period, never a constant. */
public enum RecommendingBody {
    KASN, BKN, BAWASLU
}

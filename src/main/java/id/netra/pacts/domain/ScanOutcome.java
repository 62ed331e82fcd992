package id.netra.pacts.domain;

import java.time.LocalDate;

/**
 * What happened to one scanned code. Every outcome maps to a sentence for the clerk, who is
 * standing at a pile of paper and must know at once whether to put the sheet on the "done" pile.
 */
public sealed interface ScanOutcome {

    /** Marked signed now. */
    record Signed(String name, int signedCount) implements ScanOutcome {
    }

    /** Was already signed earlier: nothing changed. */
    record AlreadySigned(String name, LocalDate signedOn) implements ScanOutcome {
    }

    /** A Netra code for another election period than the one being collected. */
    record OtherPeriod(String periodName) implements ScanOutcome {
    }

    /** The code is well-formed but no such printed sheet exists here (another OPD's copy, a deleted person). */
    record UnknownSheet(String code) implements ScanOutcome {
    }

    /** Printed in a batch that was replaced by a reprint: the old sheet is still accepted, but said so. */
    record SignedFromOlderPrint(String name, int signedCount) implements ScanOutcome {
    }

    /** Not a Netra code at all. */
    record Foreign(String input) implements ScanOutcome {
    }

    /** A Netra code that was misread (check digits wrong). */
    record Damaged(String input) implements ScanOutcome {
    }
}

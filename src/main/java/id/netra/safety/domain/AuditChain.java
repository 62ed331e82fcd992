package id.netra.safety.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Walks the log in order and checks each link. Fed entry by entry so a long log never has to fit in
 * memory at once.
 */
public final class AuditChain {

    private final List<AuditProblem> problems = new ArrayList<>();
    private long expectedSeq = 1;
    private String previousHash = AuditEntry.GENESIS;
    private long count;

    public void accept(AuditEntry e) {
        count++;
        if (e.seq() != expectedSeq || !e.prevHash().equals(previousHash)) {
            problems.add(new AuditProblem(AuditProblem.Kind.CHAIN_BROKEN, e.seq(), e.entity(), e.entityId()));
        } else if (!e.expectedHash().equals(e.entryHash())) {
            problems.add(new AuditProblem(AuditProblem.Kind.ENTRY_ALTERED, e.seq(), e.entity(), e.entityId()));
        } else if (e.outsideApp()) {
            problems.add(new AuditProblem(AuditProblem.Kind.OUTSIDE_APP, e.seq(), e.entity(), e.entityId()));
        }
        // continue from what the entry claims so one bad entry is reported once, not for every later one
        expectedSeq = e.seq() + 1;
        previousHash = e.entryHash();
    }

    /** Compares the end of the walk with the head the store keeps. */
    public void finish(long headSeq, String headHash) {
        if (headSeq != expectedSeq - 1 || !headHash.equals(previousHash)) {
            problems.add(new AuditProblem(AuditProblem.Kind.TAIL_REMOVED, expectedSeq, "", ""));
        }
    }

    public long count() {
        return count;
    }

    public List<AuditProblem> problems() {
        return List.copyOf(problems);
    }
}

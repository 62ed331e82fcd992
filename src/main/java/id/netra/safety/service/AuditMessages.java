package id.netra.safety.service;

import id.netra.i18n.Messages;
import id.netra.safety.domain.AuditProblem;

/** The sentence for an audit problem, shared by the CLI and the screen. */
public final class AuditMessages {

    private AuditMessages() {
    }

    public static String describe(AuditProblem p) {
        return Messages.tr(p.messageKey(), p.seq(), p.entity(), p.entityId());
    }
}

package id.netra.findings.domain;

import java.util.List;
import java.util.Objects;

/**
 * A rule a user's input broke, as a bundle key with arguments. The domain only names the problem;
 * the layer that talks to the clerk turns it into a sentence.
 */
public record Problem(String messageKey, List<Object> args) {

    public Problem {
        Objects.requireNonNull(messageKey);
        args = List.copyOf(args);
    }

    public static Problem of(String messageKey, Object... args) {
        return new Problem(messageKey, List.of(args));
    }
}

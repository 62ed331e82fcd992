package id.netra.findings.store;

import java.util.List;
import java.util.stream.Collectors;

import id.netra.findings.domain.Problem;
import id.netra.i18n.Messages;
import id.netra.i18n.UserMessage;

/**
 * Input the findings register refused, before anything was written. Carries every problem so the
 * clerk fixes the form in one go; argument values that are bundle keys (findings.field.*) are
 * translated into field names.
 */
public final class FindingsInputException extends RuntimeException implements UserMessage {

    private final List<Problem> problems;

    public FindingsInputException(List<Problem> problems) {
        super(problems.stream().map(Problem::messageKey).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problems");
        }
        this.problems = List.copyOf(problems);
    }

    public static FindingsInputException of(String key, Object... args) {
        return new FindingsInputException(List.of(Problem.of(key, args)));
    }

    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new FindingsInputException(problems);
        }
    }

    public List<Problem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return problems.get(0).messageKey();
    }

    @Override
    public Object[] messageArgs() {
        return translateArgs(problems.get(0));
    }

    @Override
    public String localized() {
        return problems.stream().map(p -> Messages.tr(p.messageKey(), translateArgs(p)))
                .collect(Collectors.joining("\n"));
    }

    private static Object[] translateArgs(Problem p) {
        return p.args().stream()
                .map(a -> a instanceof String s && s.startsWith("findings.") ? Messages.tr(s) : a)
                .toArray();
    }
}

package id.netra.settings.domain;

/** One validation problem: which field, and the bundle key of the sentence that explains it. */
public record FieldProblem(ProfileField field, String messageKey, Object... args) {
}

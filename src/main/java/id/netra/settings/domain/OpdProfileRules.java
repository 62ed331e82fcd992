package id.netra.settings.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a profile needs before documents can be printed from it. The letterhead and signature block
 * are printed on every sheet a regency receives, so a missing head or city is an error, not a hint.
 */
public final class OpdProfileRules {

    /** Emblems are drawn a few centimetres wide: 2 MB is far beyond any sensible scan. */
    public static final int MAX_EMBLEM_BYTES = 2 * 1024 * 1024;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^[0-9+()\\-./ ]{5,40}$");
    private static final Pattern WEBSITE = Pattern.compile("^(https?://)?[A-Za-z0-9.-]+\\.[A-Za-z]{2,}(/\\S*)?$");
    private static final Pattern NIP_DIGITS = Pattern.compile("^[0-9]{18}$");

    private OpdProfileRules() {
    }

    public static List<FieldProblem> check(OpdProfile p) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, ProfileField.OPD_NAME, p.opdName());
        required(problems, ProfileField.GOVERNMENT_NAME, p.governmentName());
        required(problems, ProfileField.ADDRESS, p.address());
        required(problems, ProfileField.CITY, p.city());
        required(problems, ProfileField.HEAD_NAME, p.headName());
        required(problems, ProfileField.HEAD_POSITION, p.headPosition());
        if (!blank(p.governmentName()) && !p.governmentName().trim().toUpperCase().startsWith("PEMERINTAH")) {
            problems.add(new FieldProblem(ProfileField.GOVERNMENT_NAME, "settings.error.governmentName"));
        }
        if (!blank(p.email()) && !EMAIL.matcher(p.email().trim()).matches()) {
            problems.add(new FieldProblem(ProfileField.EMAIL, "settings.error.email"));
        }
        if (!blank(p.phone()) && !PHONE.matcher(p.phone().trim()).matches()) {
            problems.add(new FieldProblem(ProfileField.PHONE, "settings.error.phone"));
        }
        if (!blank(p.website()) && !WEBSITE.matcher(p.website().trim()).matches()) {
            problems.add(new FieldProblem(ProfileField.WEBSITE, "settings.error.website"));
        }
        if (!blank(p.headNip())) {
            String digits = p.headNip().replace(" ", "");
            if (!NIP_DIGITS.matcher(digits).matches()) {
                problems.add(new FieldProblem(ProfileField.HEAD_NIP, "settings.error.headNip"));
            }
        }
        byte[] emblem = p.emblem();
        if (emblem != null && emblem.length > MAX_EMBLEM_BYTES) {
            problems.add(new FieldProblem(ProfileField.EMBLEM, "settings.error.emblemTooLarge", MAX_EMBLEM_BYTES / 1024 / 1024));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, ProfileField field, String value) {
        if (blank(value)) {
            problems.add(new FieldProblem(field, "settings.error.required"));
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}

package id.netra.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import id.netra.settings.domain.FieldProblem;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.OpdProfileRules;
import id.netra.settings.domain.PaperSize;
import id.netra.settings.domain.ProfileField;

class OpdProfileRulesTest {

    static OpdProfile valid() {
        return new OpdProfile("DINAS PENDIDIKAN", "PEMERINTAH KABUPATEN JOMBANG", "Jl. Pahlawan 12", "(0321) 861234",
                "disdik@jombangkab.go.id", "disdik.jombangkab.go.id", "Jombang", "Dr. H. Ahmad Fauzi, S.Pd., M.Si.",
                "19710315 199603 1 002", "Pembina Utama Muda (IV/c)", "Kepala Dinas Pendidikan", null, null, PaperSize.F4);
    }

    @Test
    void aCompleteProfileHasNoProblems() {
        assertThat(OpdProfileRules.check(valid())).isEmpty();
    }

    @Test
    void anEmptyProfileNamesEveryRequiredField() {
        List<ProfileField> fields = OpdProfileRules.check(OpdProfile.empty()).stream().map(FieldProblem::field).toList();
        assertThat(fields).containsExactlyInAnyOrder(ProfileField.OPD_NAME, ProfileField.GOVERNMENT_NAME,
                ProfileField.ADDRESS, ProfileField.CITY, ProfileField.HEAD_NAME, ProfileField.HEAD_POSITION);
    }

    @Test
    void rejectsMalformedContactsAndNip() {
        OpdProfile p = valid();
        OpdProfile bad = new OpdProfile(p.opdName(), "KABUPATEN JOMBANG", p.address(), "telp kantor", "disdik at jombang",
                "not a site", p.city(), p.headName(), "1971031519960310", p.headRank(), p.headPosition(), null, null,
                PaperSize.A4);
        assertThat(OpdProfileRules.check(bad)).extracting(FieldProblem::field).containsExactlyInAnyOrder(
                ProfileField.GOVERNMENT_NAME, ProfileField.PHONE, ProfileField.EMAIL, ProfileField.WEBSITE,
                ProfileField.HEAD_NIP);
    }

    @Test
    void refusesAnOversizedEmblem() {
        OpdProfile big = valid().withEmblem(new byte[OpdProfileRules.MAX_EMBLEM_BYTES + 1], "png");
        assertThat(OpdProfileRules.check(big)).extracting(FieldProblem::field).containsExactly(ProfileField.EMBLEM);
    }
}

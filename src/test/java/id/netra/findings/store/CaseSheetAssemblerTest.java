package id.netra.findings.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import id.netra.findings.domain.Viewer;
import id.netra.findings.print.CaseSheet;
import id.netra.findings.service.CaseSheetAssembler;
import id.netra.settings.domain.OpdProfile;

class CaseSheetAssemblerTest {

    @TempDir
    Path dir;
    FindingsFixture fx;
    CaseSheetAssembler assembler;

    @BeforeEach
    void open() throws Exception {
        fx = new FindingsFixture(dir);
        assembler = new CaseSheetAssembler(fx.service, OpdProfile::empty, ZoneId.of("Asia/Jakarta"));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void confidentialReporterIsHiddenInThePrintUnlessTheViewerIsAdmin() {
        long id = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        CaseSheet clerk = assembler.assemble(id, Viewer.CLERK, LocalDate.of(2026, 11, 26));
        assertThat(clerk.facts()).extracting(CaseSheet.Field::value).contains("Dirahasiakan")
                .noneMatch(v -> v.contains("Warga Sukamaju") || v.contains("0812"));
        CaseSheet admin = assembler.assemble(id, new Viewer("admin", true), LocalDate.of(2026, 11, 26));
        assertThat(admin.facts()).extracting(CaseSheet.Field::value).anyMatch(v -> v.contains("Warga Sukamaju"));
    }

    @Test
    void undecidedCaseSaysDidugaAndCarriesThePresumptionNote() {
        long id = fx.newCase(LocalDate.of(2026, 11, 2), "D6");
        CaseSheet s = assembler.assemble(id, Viewer.CLERK, LocalDate.of(2026, 11, 26));
        assertThat(s.violationLabel()).isEqualTo("Diduga melanggar");
        assertThat(s.personLabel()).isEqualTo("Terduga");
        assertThat(s.title()).contains("DUGAAN");
        assertThat(s.presumptionNote()).contains("praduga");
        assertThat(s.people()).hasSize(2);
    }
}

package id.netra.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.stage.FileChooser;

import id.netra.findings.domain.Viewer;
import id.netra.findings.print.CaseSheetRenderer;
import id.netra.findings.service.CaseSheetAssembler;
import id.netra.findings.ui.FindingsContext;
import id.netra.settings.domain.OpdProfile;
import id.netra.ui.TaskRunner;

/** Builds what the Temuan screens need from the app's services (kept out of Sections to stay short). */
final class FindingsWiring {

    private FindingsWiring() {
    }

    static FindingsContext context(AppServices services, TaskRunner runner, Supplier<LocalDate> today) {
        // the logged-in user's role decides whether a confidential reporter may be shown (Admin only)
        var current = services.safety().currentUser();
        Supplier<Viewer> viewer = () -> new Viewer(current.user().map(u -> u.fullName()).orElse(""),
                current.canSeeConfidential());
        CaseSheetAssembler assembler = new CaseSheetAssembler(services.findings(),
                () -> services.profiles().load().orElse(OpdProfile.empty()), ZoneId.systemDefault());
        return new FindingsContext(services.findings(), services.roster()::listAll, services.roster()::find, services.subUnits()::list,
                services.periods()::list, runner,
                today, FindingsWiring::pickFile, viewer,
                current.user().map(u -> u.username()).orElse(System.getProperty("user.name", "operator")),
                services.dataDirectory().exportsDir(),
                () -> (caseId, folder) -> CaseSheetRenderer.write(assembler.assemble(caseId, viewer.get(), today.get()),
                        folder));
    }

    private static Optional<Path> pickFile(javafx.stage.Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(id.netra.i18n.Messages.tr("findings.evidence.add"));
        java.io.File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(java.io.File::toPath);
    }
}

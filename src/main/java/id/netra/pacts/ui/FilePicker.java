package id.netra.pacts.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import id.netra.i18n.Messages;

/**
 * Where files are chosen. The desktop shows the system dialog; tests hand in a picker that answers
 * at once (a native dialog cannot be driven headless).
 */
public interface FilePicker {

    Optional<Path> saveAs(Window owner, Path initialDir, String suggestedName, String extension);

    Optional<Path> open(Window owner, List<String> extensions);

    static FilePicker system() {
        return new FilePicker() {
            @Override
            public Optional<Path> saveAs(Window owner, Path initialDir, String suggestedName, String extension) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.tr("pacts.file.saveTitle"));
                if (initialDir != null && initialDir.toFile().isDirectory()) {
                    chooser.setInitialDirectory(initialDir.toFile());
                }
                chooser.setInitialFileName(suggestedName);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(), "*." + extension));
                File f = chooser.showSaveDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }

            @Override
            public Optional<Path> open(Window owner, List<String> extensions) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.tr("pacts.file.openTitle"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        String.join(", ", extensions).toUpperCase(), extensions.stream().map(e -> "*." + e).toList()));
                File f = chooser.showOpenDialog(owner);
                return Optional.ofNullable(f).map(File::toPath);
            }
        };
    }
}

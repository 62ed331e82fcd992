package id.netra.settings.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import id.netra.i18n.Messages;
import id.netra.settings.domain.FieldProblem;
import id.netra.settings.domain.ImageKind;
import id.netra.settings.domain.OpdProfile;
import id.netra.settings.domain.OpdProfileRules;
import id.netra.settings.domain.PaperSize;
import id.netra.settings.domain.ProfileField;
import id.netra.settings.store.OpdProfileStore;
import id.netra.ui.TaskRunner;

/** State and actions of the OPD profile form; no controls here, so it is tested without a toolkit. */
public final class SettingsViewModel {

    private final OpdProfileStore store;
    private final TaskRunner runner;
    private final Map<ProfileField, StringProperty> fields = new EnumMap<>(ProfileField.class);
    private final ObjectProperty<PaperSize> paperSize = new SimpleObjectProperty<>(PaperSize.A4);
    private final ObjectProperty<byte[]> emblem = new SimpleObjectProperty<>();
    private final StringProperty emblemType = new SimpleStringProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private final BooleanProperty saved = new SimpleBooleanProperty(false);
    private boolean loading;

    public SettingsViewModel(OpdProfileStore store, TaskRunner runner) {
        this.store = store;
        this.runner = runner;
        for (ProfileField f : ProfileField.values()) {
            if (f != ProfileField.EMBLEM) {
                StringProperty p = new SimpleStringProperty("");
                p.addListener((o, was, now) -> markDirty());
                fields.put(f, p);
            }
        }
        paperSize.addListener((o, was, now) -> markDirty());
        emblem.addListener((o, was, now) -> markDirty());
    }

    private void markDirty() {
        if (!loading) {
            dirty.set(true);
            saved.set(false);
        }
    }

    public StringProperty field(ProfileField f) {
        return fields.get(f);
    }

    public ObjectProperty<PaperSize> paperSizeProperty() {
        return paperSize;
    }

    public ObjectProperty<byte[]> emblemProperty() {
        return emblem;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }

    public BooleanProperty savedProperty() {
        return saved;
    }

    public void load() {
        runner.run("settings.task.load", p -> store.load(), this::apply, e -> message.set(Messages.tr("settings.loadFailed")));
    }

    private void apply(Optional<OpdProfile> loaded) {
        loading = true;
        try {
            OpdProfile p = loaded.orElse(OpdProfile.empty());
            set(ProfileField.OPD_NAME, p.opdName());
            set(ProfileField.GOVERNMENT_NAME, p.governmentName());
            set(ProfileField.ADDRESS, p.address());
            set(ProfileField.PHONE, p.phone());
            set(ProfileField.EMAIL, p.email());
            set(ProfileField.WEBSITE, p.website());
            set(ProfileField.CITY, p.city());
            set(ProfileField.HEAD_NAME, p.headName());
            set(ProfileField.HEAD_NIP, p.headNip());
            set(ProfileField.HEAD_RANK, p.headRank());
            set(ProfileField.HEAD_POSITION, p.headPosition());
            paperSize.set(p.paperSize());
            emblem.set(p.emblem());
            emblemType.set(p.emblemType());
            dirty.set(false);
            message.set(loaded.isPresent() ? "" : Messages.tr("settings.firstTime"));
        } finally {
            loading = false;
        }
    }

    private void set(ProfileField f, String value) {
        fields.get(f).set(value == null ? "" : value);
    }

    public OpdProfile toProfile() {
        return new OpdProfile(get(ProfileField.OPD_NAME), get(ProfileField.GOVERNMENT_NAME), get(ProfileField.ADDRESS),
                get(ProfileField.PHONE), get(ProfileField.EMAIL), get(ProfileField.WEBSITE), get(ProfileField.CITY),
                get(ProfileField.HEAD_NAME), get(ProfileField.HEAD_NIP), get(ProfileField.HEAD_RANK),
                get(ProfileField.HEAD_POSITION), emblem.get(), emblemType.get(), paperSize.get());
    }

    private String get(ProfileField f) {
        return fields.get(f).get();
    }

    public List<FieldProblem> problems() {
        return OpdProfileRules.check(toProfile());
    }

    /** The sentence for the first problem of {@code field}, for the decoration on that control. */
    public Optional<String> problemFor(ProfileField field) {
        return problems().stream().filter(p -> p.field() == field).findFirst()
                .map(p -> Messages.tr(p.messageKey(), p.args()));
    }

    /** Reads an image file for the letterhead; refuses what is not a PNG or JPEG, or too large. */
    public void chooseEmblem(Path file) {
        try {
            long size = Files.size(file);
            if (size > OpdProfileRules.MAX_EMBLEM_BYTES) {
                message.set(Messages.tr("settings.error.emblemTooLarge", OpdProfileRules.MAX_EMBLEM_BYTES / 1024 / 1024));
                return;
            }
            byte[] bytes = Files.readAllBytes(file);
            Optional<String> kind = ImageKind.sniff(bytes);
            if (kind.isEmpty()) {
                message.set(Messages.tr("settings.error.emblemNotImage", file.getFileName()));
                return;
            }
            emblemType.set(kind.get());
            emblem.set(bytes);
            message.set("");
        } catch (IOException e) {
            message.set(Messages.tr("settings.error.emblemUnreadable", file.getFileName()));
        }
    }

    public void clearEmblem() {
        emblemType.set(null);
        emblem.set(null);
    }

    /** Saves when valid; returns false (and says why) otherwise. */
    public boolean save() {
        List<FieldProblem> problems = problems();
        if (!problems.isEmpty()) {
            message.set(Messages.tr("settings.fixProblems", problems.size()));
            return false;
        }
        OpdProfile profile = toProfile();
        runner.run("settings.task.save", p -> {
            store.save(profile);
            return profile;
        }, p -> {
            dirty.set(false);
            saved.set(true);
            message.set(Messages.tr("settings.saved"));
        }, e -> message.set(Messages.tr("settings.saveFailed", e.getMessage())));
        return true;
    }
}

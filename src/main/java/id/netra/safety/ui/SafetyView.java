package id.netra.safety.ui;

import java.io.File;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Node;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;
import id.netra.safety.domain.AppUser;
import id.netra.safety.domain.AuditEntry;
import id.netra.safety.domain.Permission;
import id.netra.safety.domain.Role;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/** The Keamanan & cadangan page; parts a role may not use are not built at all. */
public final class SafetyView extends ScrollPane {

    private final SafetyViewModel vm;

    public SafetyView(SafetyViewModel vm) {
        this.vm = vm;
        setId("safety-view");
        setFitToWidth(true);
        Label title = new Label(Messages.tr("safety.title"));
        title.getStyleClass().add("page-title");
        Label message = new Label();
        message.setId("safety-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox page = new VBox(12, title, passwordAdvice(), backupPart(), auditPart(), message);
        if (vm.can(Permission.VIEW_AUDIT)) {
            page.getChildren().add(viewerPart());
        }
        if (vm.can(Permission.MANAGE_USERS)) {
            page.getChildren().addAll(usersPart(), encryptionPart());
        }
        page.getStyleClass().add("page");
        setContent(page);
    }

    private Node passwordAdvice() {
        Label advice = new Label(Messages.tr("safety.advice.noPassword"));
        advice.setId("safety-no-password");
        advice.setWrapText(true);
        advice.getStyleClass().add("warning-banner");
        advice.setGraphic(new FontIcon("mdal-lock_open"));
        advice.visibleProperty().bind(vm.noUsersProperty());
        advice.managedProperty().bind(vm.noUsersProperty());
        return advice;
    }

    private Node backupPart() {
        Label heading = heading("safety.backup.heading");
        Label folder = new Label();
        folder.setId("safety-backup-folder");
        folder.textProperty().bind(vm.backupFolderProperty());
        Label last = new Label();
        last.setId("safety-backup-last");
        last.textProperty().bind(vm.lastBackupProperty());
        Button now = new Button(Messages.tr("safety.backup.now"), new FontIcon("mdal-backup"));
        now.setId("safety-backup-now");
        now.getStyleClass().add("accent");
        now.setDisable(!vm.can(Permission.BACKUP));
        now.setOnAction(e -> vm.backupNow());
        HBox actions = new HBox(8, now);
        if (vm.can(Permission.RESTORE)) {
            Button restore = new Button(Messages.tr("safety.restore.button"), new FontIcon("mdmz-restore"));
            restore.setId("safety-restore");
            restore.setOnAction(e -> {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(Messages.tr("safety.restore.button"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.tr("safety.backup.filter"), "*.zip"));
                File f = chooser.showOpenDialog(getScene().getWindow());
                if (f != null) {
                    vm.restore(f.toPath());
                }
            });
            actions.getChildren().add(restore);
        }
        return new VBox(6, heading, new HBox(6, new Label(Messages.tr("safety.backup.folder")), folder), last, actions);
    }

    private Node auditPart() {
        Label heading = heading("safety.audit.heading");
        Label status = new Label();
        status.setId("safety-audit-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.auditStatusProperty());
        vm.auditOkProperty().addListener((o, was, ok) -> status.setGraphic(new FontIcon(ok ? "mdal-check_circle" : "mdal-error")));
        Button check = new Button(Messages.tr("safety.audit.check"));
        check.setId("safety-audit-check");
        check.setOnAction(e -> vm.checkAudit());
        return new VBox(6, heading, status, check);
    }

    private Node viewerPart() {
        ComboBox<String> entity = new ComboBox<>(vm.entities());
        entity.setId("safety-filter-entity");
        entity.setPromptText(Messages.tr("safety.audit.filter.entity"));
        entity.valueProperty().bindBidirectional(vm.filterEntityProperty());
        TextField actor = new TextField();
        actor.setId("safety-filter-actor");
        actor.setPromptText(Messages.tr("safety.audit.filter.actor"));
        actor.textProperty().bindBidirectional(vm.filterActorProperty());
        DatePicker from = new DatePicker();
        from.setId("safety-filter-from");
        from.setPromptText(Messages.tr("safety.audit.filter.from"));
        from.valueProperty().bindBidirectional(vm.filterFromProperty());
        DatePicker to = new DatePicker();
        to.setId("safety-filter-to");
        to.setPromptText(Messages.tr("safety.audit.filter.to"));
        to.valueProperty().bindBidirectional(vm.filterToProperty());
        Button search = new Button(Messages.tr("safety.audit.search"), new FontIcon("mdmz-search"));
        search.setId("safety-audit-search");
        search.setOnAction(e -> vm.search());
        Button export = new Button(Messages.tr("safety.audit.export"), new FontIcon("mdal-get_app"));
        export.setId("safety-audit-export");
        export.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"),
                    new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
            chooser.setInitialFileName("jejak-audit.xlsx");
            File f = chooser.showSaveDialog(getScene().getWindow());
            if (f != null) {
                vm.export(f.toPath());
            }
        });
        for (Button b : new Button[] {search, export}) {
            b.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        from.setPrefWidth(165);
        to.setPrefWidth(165);
        HBox filters = new HBox(8, entity, actor, from, to, search, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        TableView<AuditEntry> table = new TableView<>(vm.entries());
        table.setId("safety-audit-table");
        table.setPlaceholder(Placeholder.of("safety.audit.empty"));
        table.setPrefHeight(360);
        table.getColumns().add(column("safety.audit.col.seq", e -> String.valueOf(e.seq())));
        TableColumn<AuditEntry, String> at = column("safety.audit.col.at", AuditEntry::localTime);
        // the fitted table shrinks every column; the time must stay whole
        at.setMinWidth(215);
        table.getColumns().add(at);
        table.getColumns().add(column("safety.audit.col.actor", AuditEntry::actor));
        table.getColumns().add(column("safety.audit.col.action", e -> Messages.tr("safety.audit.action." + e.action().name())));
        table.getColumns().add(column("safety.audit.col.entity", AuditEntry::entity));
        table.getColumns().add(column("safety.audit.col.entityId", AuditEntry::entityId));
        table.getColumns().add(column("safety.audit.col.after", e -> e.afterImage() != null ? e.afterImage() : e.beforeImage()));
        // fixed widths for the short columns; the row image takes what is left
        double[] widths = {70, 140, 130, 80, 150, 70};
        for (int i = 0; i < widths.length; i++) {
            table.getColumns().get(i).setPrefWidth(widths[i]);
        }
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return new VBox(6, heading("safety.audit.viewer"), filters, table);
    }

    private Node usersPart() {
        TableView<AppUser> table = new TableView<>(vm.users());
        table.setId("safety-users-table");
        table.setPlaceholder(Placeholder.of("safety.users.empty"));
        table.setPrefHeight(160);
        table.getColumns().add(userColumn("safety.users.col.username", AppUser::username));
        table.getColumns().add(userColumn("safety.users.col.fullName", AppUser::fullName));
        table.getColumns().add(userColumn("safety.users.col.role", u -> Messages.tr("safety.role." + u.role().name())));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TextField username = new TextField();
        username.setId("safety-user-username");
        username.setPromptText(Messages.tr("safety.users.col.username"));
        TextField fullName = new TextField();
        fullName.setId("safety-user-fullname");
        fullName.setPromptText(Messages.tr("safety.users.col.fullName"));
        ComboBox<Role> role = new ComboBox<>();
        role.setId("safety-user-role");
        role.getItems().addAll(Role.values());
        role.setValue(Role.ADMIN);
        role.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Role r) {
                return r == null ? "" : Messages.tr("safety.role." + r.name());
            }

            @Override
            public Role fromString(String s) {
                return null;
            }
        });
        PasswordField password = new PasswordField();
        password.setId("safety-user-password");
        password.setPromptText(Messages.tr("safety.login.password"));
        Button add = new Button(Messages.tr("safety.users.add"), new FontIcon("mdmz-person_add"));
        add.setId("safety-user-add");
        add.setOnAction(e -> vm.createUser(username.getText(), fullName.getText(), role.getValue(),
                password.getText().toCharArray(), () -> {
                    username.clear();
                    fullName.clear();
                    password.clear();
                }));
        HBox form = new HBox(8, username, fullName, role, password, add);
        form.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(Messages.tr("safety.users.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return new VBox(6, heading("safety.users.heading"), hint, table, form);
    }

    private Node encryptionPart() {
        Label state = new Label(Messages.tr(vm.encrypted() ? "safety.encryption.on" : "safety.encryption.off"));
        state.setId("safety-encryption-state");
        state.setWrapText(true);
        VBox box = new VBox(6, heading("safety.encryption.heading"), state);
        if (vm.encrypted()) {
            Button off = new Button(Messages.tr("safety.encryption.disable"));
            off.setId("safety-encryption-disable");
            off.setOnAction(e -> {
                if (Dialogs.confirm(this, "safety.encryption.disable", "safety.encryption.confirmOff")) {
                    vm.changeEncryption(false, new char[0], new char[0]);
                }
            });
            box.getChildren().add(off);
        } else {
            PasswordField pw = new PasswordField();
            pw.setId("safety-encryption-password");
            pw.setPromptText(Messages.tr("safety.encryption.password"));
            PasswordField again = new PasswordField();
            again.setId("safety-encryption-repeat");
            again.setPromptText(Messages.tr("safety.encryption.repeat"));
            Button on = new Button(Messages.tr("safety.encryption.enable"), new FontIcon("mdal-enhanced_encryption"));
            on.setId("safety-encryption-enable");
            on.setOnAction(e -> {
                if (Dialogs.confirm(this, "safety.encryption.enable", "safety.encryption.confirmOn")) {
                    vm.changeEncryption(true, pw.getText().toCharArray(), again.getText().toCharArray());
                }
            });
            HBox row = new HBox(8, pw, again, on);
            row.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(row);
        }
        return box;
    }

    private static Label heading(String key) {
        Label l = new Label(Messages.tr(key));
        l.getStyleClass().add("form-section-title");
        return l;
    }

    private static TableColumn<AuditEntry, String> column(String key, java.util.function.Function<AuditEntry, String> f) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }

    private static TableColumn<AppUser, String> userColumn(String key, java.util.function.Function<AppUser, String> f) {
        TableColumn<AppUser, String> c = new TableColumn<>(Messages.tr(key));
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(f.apply(d.getValue())));
        return c;
    }
}

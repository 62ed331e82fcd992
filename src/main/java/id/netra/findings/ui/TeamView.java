package id.netra.findings.ui;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.findings.domain.InternalTeam;
import id.netra.findings.domain.TeamKind;
import id.netra.findings.domain.TeamMember;
import id.netra.findings.domain.TeamRole;
import id.netra.i18n.IndonesianDates;
import id.netra.i18n.Messages;
import id.netra.staff.domain.StaffMember;
import id.netra.ui.Dialogs;
import id.netra.ui.Placeholder;

/** Internal teams with their SK and members (from the roster or from outside, e.g. Inspektorat). */
final class TeamView {

    private final FindingsContext ctx;
    private final TableView<InternalTeam> table = new TableView<>();
    private final TextField name = new TextField();
    private final ComboBox<TeamKind> kind = Forms.combo("team-kind", k -> Messages.tr(k.messageKey()), null);
    private final TextField decree = new TextField();
    private final DatePicker decreeDate = new DatePicker();
    private final DatePicker validFrom = new DatePicker();
    private final DatePicker validUntil = new DatePicker();
    private final ListView<TeamMember> members = new ListView<>();
    private final ComboBox<StaffMember> fromRoster = Forms.combo("team-member-staff", StaffMember::fullName, "findings.team.outside");
    private final TextField memberName = new TextField();
    private final TextField institution = new TextField();
    private final ComboBox<TeamRole> role = Forms.combo("team-member-role", r -> Messages.tr(r.messageKey()), null);
    private final Label error = Forms.error("team-error");
    private final VBox root;
    private long editing;

    TeamView(FindingsContext ctx) {
        this.ctx = ctx;
        table.setId("team-table");
        table.getColumns().add(Forms.column("findings.field.teamName", InternalTeam::name, 240));
        table.getColumns().add(Forms.column("findings.field.teamKind", t -> Messages.tr(t.kind().messageKey()), 130));
        table.getColumns().add(Forms.column("findings.field.decreeNumber", InternalTeam::decreeNumber, 160));
        table.getColumns().add(Forms.column("findings.field.decreeDate", t -> IndonesianDates.format(t.decreeDate()), 130));
        table.getColumns().add(Forms.column("findings.team.col.members", t -> Integer.toString(t.members().size()), 80));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(160);
        table.setPlaceholder(Placeholder.of("findings.team.empty"));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> edit(b));

        name.setId("team-name");
        decree.setId("team-decree");
        decreeDate.setId("team-decree-date");
        kind.getItems().setAll(TeamKind.values());
        kind.setValue(TeamKind.TETAP);
        GridPane g = Forms.grid();
        Forms.row(g, "findings.field.teamName", name);
        Forms.row(g, "findings.field.teamKind", kind);
        Forms.row(g, "findings.field.decreeNumber", decree);
        Forms.row(g, "findings.field.decreeDate", decreeDate);
        Forms.row(g, "findings.field.validFrom", validFrom);
        Forms.row(g, "findings.field.validUntil", validUntil);

        members.setId("team-members");
        members.setPlaceholder(Placeholder.of("findings.team.members.empty"));
        members.setPrefHeight(120);
        members.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(TeamMember m, boolean empty) {
                super.updateItem(m, empty);
                setText(empty || m == null ? null : Messages.tr(m.role().messageKey()) + " · " + m.name()
                        + (m.institution().isEmpty() ? "" : " (" + m.institution() + ")"));
            }
        });
        role.getItems().setAll(TeamRole.values());
        role.setValue(TeamRole.ANGGOTA);
        memberName.setId("team-member-name");
        memberName.setPromptText(Messages.tr("findings.team.memberName"));
        institution.setPromptText(Messages.tr("findings.team.institution"));
        fromRoster.valueProperty().addListener((o, a, s) -> {
            if (s != null) {
                memberName.setText(s.fullName());
            }
        });
        Button addMember = new Button(Messages.tr("findings.team.addMember"), new FontIcon("mdmz-person_add"));
        addMember.setId("team-member-add");
        addMember.setOnAction(e -> {
            StaffMember s = fromRoster.getValue();
            members.getItems().add(new TeamMember(s == null ? null : s.id(), memberName.getText(), institution.getText(),
                    role.getValue()));
            fromRoster.setValue(null);
            memberName.clear();
            institution.clear();
        });
        Button removeMember = new Button(Messages.tr("findings.action.remove"), new FontIcon("mdal-delete"));
        removeMember.setOnAction(e -> members.getItems().remove(members.getSelectionModel().getSelectedItem()));

        Button save = new Button(Messages.tr("findings.action.save"), new FontIcon("mdmz-save_alt"));
        save.setId("team-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        Button fresh = new Button(Messages.tr("findings.action.new"), new FontIcon("mdal-add"));
        fresh.setOnAction(e -> table.getSelectionModel().clearSelection());
        root = new VBox(10, table, Forms.title("findings.team.form"), error, g,
                Forms.title("findings.team.col.members"), new HBox(8, fromRoster, memberName, institution, role, addMember),
                members, removeMember, new HBox(8, save, fresh));
    }

    private void edit(InternalTeam t) {
        error.setText("");
        editing = t == null ? 0 : t.id();
        name.setText(t == null ? "" : t.name());
        kind.setValue(t == null ? TeamKind.TETAP : t.kind());
        decree.setText(t == null ? "" : t.decreeNumber());
        decreeDate.setValue(t == null ? null : t.decreeDate());
        validFrom.setValue(t == null ? null : t.validFrom());
        validUntil.setValue(t == null ? null : t.validUntil());
        members.getItems().setAll(t == null ? List.of() : t.members());
    }

    private void save() {
        error.setText("");
        InternalTeam t = new InternalTeam(editing, name.getText(), kind.getValue(), decree.getText(), decreeDate.getValue(),
                validFrom.getValue(), validUntil.getValue(), new ArrayList<>(members.getItems()));
        ctx.runner().run("findings.task.save", p -> ctx.service().teams().save(t), id -> reload(),
                e -> error.setText(Dialogs.describe(e)));
    }

    void reload() {
        ctx.runner().run("findings.task.load", p -> new Loaded(ctx.service().teams().list(),
                ctx.roster().get().stream().filter(StaffMember::active).toList()), l -> {
                    table.getItems().setAll(l.teams());
                    fromRoster.getItems().setAll((StaffMember) null);
                    fromRoster.getItems().addAll(l.staff());
                }, e -> error.setText(Dialogs.describe(e)));
    }

    private record Loaded(List<InternalTeam> teams, List<StaffMember> staff) {
    }

    Node node() {
        return root;
    }
}

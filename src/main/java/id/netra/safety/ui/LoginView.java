package id.netra.safety.ui;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.javafx.FontIcon;

import id.netra.i18n.Messages;
import id.netra.safety.domain.LoginResult;
import id.netra.safety.service.UserService;
import id.netra.ui.TaskRunner;

/** Masuk: shown instead of the sections once a password has been set. */
public final class LoginView extends VBox {

    public LoginView(UserService users, TaskRunner runner, Runnable onSuccess) {
        setId("login-view");
        getStyleClass().add("problem-screen");
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(10);
        setMaxWidth(420);
        Label title = new Label(Messages.tr("safety.login.title"));
        title.getStyleClass().add("title-2");
        title.setGraphic(new FontIcon("mdal-https"));
        TextField username = new TextField();
        username.setId("login-username");
        username.setPromptText(Messages.tr("safety.login.username"));
        PasswordField password = new PasswordField();
        password.setId("login-password");
        password.setPromptText(Messages.tr("safety.login.password"));
        Label message = new Label();
        message.setId("login-message");
        message.setWrapText(true);
        Button submit = new Button(Messages.tr("safety.login.submit"));
        submit.setId("login-submit");
        submit.setDefaultButton(true);
        submit.getStyleClass().add("accent");
        submit.setOnAction(e -> {
            char[] secret = password.getText().toCharArray();
            String name = username.getText();
            submit.setDisable(true);
            // PBKDF2 with 210,000 rounds takes a noticeable moment: never on the FX thread
            runner.run("safety.login.task", p -> users.login(name, secret), result -> {
                submit.setDisable(false);
                password.clear();
                if (result instanceof LoginResult.Success) {
                    onSuccess.run();
                } else if (result instanceof LoginResult.Locked l) {
                    message.setText(Messages.tr("safety.login.locked", l.until().toLocalTime().withNano(0)));
                } else {
                    message.setText(Messages.tr("safety.login.wrong"));
                }
            }, err -> {
                submit.setDisable(false);
                message.setText(id.netra.ui.Dialogs.describe(err));
            });
        });
        getChildren().addAll(title, new Label(Messages.tr("safety.login.username")), username,
                new Label(Messages.tr("safety.login.password")), password, submit, message);
    }
}

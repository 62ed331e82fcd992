package id.netra.ui;

import javafx.scene.Node;

/**
 * A tile on Beranda. Capabilities contribute cards; {@link #refresh()} is called each time the
 * dashboard is shown and must do its queries through a {@link TaskRunner}.
 */
public interface DashboardCard {

    Node node();

    void refresh();
}

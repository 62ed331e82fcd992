package id.netra.ui;

import javafx.beans.value.ObservableValue;
import javafx.scene.Node;

/**
 * One entry of the navigation rail. The shell asks for {@link #view()} once, after the store has
 * opened, and calls {@link #onShow()} every time the clerk navigates to it.
 */
public interface Section {

    /** Stable id, also the fx:id suffix of its navigation button ("nav-" + id). */
    String id();

    /** Bundle key of the label in the rail. */
    String titleKey();

    /** Ikonli Material2 literal: A-L names under "mdal-"/"mdoal-" (outlined), M-Z under "mdmz-"/"mdomz-". */
    String iconLiteral();

    Node view();

    /** Refresh what may have changed elsewhere; called on the FX thread. */
    default void onShow() {
    }

    /** Small count shown on the rail (overdue cases...); null for none. */
    default ObservableValue<String> badge() {
        return null;
    }
}

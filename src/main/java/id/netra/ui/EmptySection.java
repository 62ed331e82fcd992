package id.netra.ui;

import javafx.scene.Node;

/** A section whose records do not exist yet in this store: it explains what will appear here. */
public final class EmptySection implements Section {

    private final String id;
    private final String titleKey;
    private final String icon;

    public EmptySection(String id, String titleKey, String icon) {
        this.id = id;
        this.titleKey = titleKey;
        this.icon = icon;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String titleKey() {
        return titleKey;
    }

    @Override
    public String iconLiteral() {
        return icon;
    }

    @Override
    public Node view() {
        return EmptyState.of(icon, id + ".empty.title", id + ".empty.text");
    }
}

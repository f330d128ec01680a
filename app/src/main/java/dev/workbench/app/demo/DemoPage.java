package dev.workbench.app.demo;

import javafx.scene.Node;

import java.util.List;

/**
 * An interactive page the catalog lists beside the lessons, for an entry in
 * {@code LessonCatalog.demos()}. It owns its background work and stops it in {@link #close()}.
 */
public interface DemoPage {
    /** The page itself. */
    Node node();

    /** Style sheets this page needs, as resource URLs. */
    default List<String> stylesheets() {
        return List.of();
    }

    /** Stops animations and background threads; called when the window closes. */
    void close();
}

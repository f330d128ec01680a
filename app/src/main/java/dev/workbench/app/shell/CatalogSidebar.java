package dev.workbench.app.shell;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lesson catalog, grouped by category in course order. Built from the catalog's list, so a
 * new lesson shows up here without touching the app.
 */
public final class CatalogSidebar extends ScrollPane {
    public static final String STYLE_CLASS = "catalog-sidebar";
    public static final String CATEGORY_CLASS = "catalog-category";
    public static final String ENTRY_CLASS = "catalog-entry";
    public static final String EMPTY_CLASS = "catalog-empty";

    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> entries = new HashMap<>();
    private final ReadOnlyObjectWrapper<Lesson> selected = new ReadOnlyObjectWrapper<>(this, "selected");

    public CatalogSidebar(List<Lesson> lessons) {
        getStyleClass().add(STYLE_CLASS);
        setFitToWidth(true);
        setHbarPolicy(ScrollBarPolicy.NEVER);
        VBox content = new VBox();
        content.getStyleClass().add("catalog-content");
        Label heading = new Label("Lessons");
        heading.getStyleClass().addAll(Styles.TITLE_4, "catalog-heading");
        content.getChildren().add(heading);
        for (LessonCategory category : LessonCategory.values()) {
            Label label = new Label(category.label().toUpperCase(java.util.Locale.ROOT));
            label.getStyleClass().add(CATEGORY_CLASS);
            content.getChildren().add(label);
            List<Lesson> inCategory = lessons.stream().filter(l -> l.info().category() == category).toList();
            if (inCategory.isEmpty()) {
                Label empty = new Label("Coming soon");
                empty.getStyleClass().addAll(EMPTY_CLASS, Styles.TEXT_SUBTLE);
                content.getChildren().add(empty);
            }
            for (Lesson lesson : inCategory) {
                content.getChildren().add(entry(lesson));
            }
        }
        setContent(content);
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old);
            } else {
                selected.set((Lesson) toggle.getUserData());
            }
        });
    }

    public ReadOnlyObjectProperty<Lesson> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public void select(String lessonId) {
        ToggleButton entry = entries.get(lessonId);
        if (entry != null) {
            entry.setSelected(true);
        }
    }

    private ToggleButton entry(Lesson lesson) {
        ToggleButton button = new ToggleButton(lesson.info().title());
        button.setId("catalog-" + lesson.id());
        button.setUserData(lesson);
        button.setToggleGroup(group);
        button.getStyleClass().add(ENTRY_CLASS);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setTooltip(new Tooltip(lesson.info().summary()));
        entries.put(lesson.id(), button);
        return button;
    }
}

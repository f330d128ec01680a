package dev.workbench.app.shell;

import atlantafx.base.theme.Styles;
import dev.workbench.lessons.engine.Lesson;
import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonInfo;
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
 * new lesson shows up here without touching the app. Demos (pages that train no network, such as
 * the loss landscape) are listed after the lessons of their category.
 */
public final class CatalogSidebar extends ScrollPane {
    public static final String STYLE_CLASS = "catalog-sidebar";
    public static final String CATEGORY_CLASS = "catalog-category";
    public static final String ENTRY_CLASS = "catalog-entry";
    public static final String EMPTY_CLASS = "catalog-empty";

    private final ToggleGroup group = new ToggleGroup();
    private final Map<String, ToggleButton> entries = new HashMap<>();
    private final ReadOnlyObjectWrapper<Lesson> selected = new ReadOnlyObjectWrapper<>(this, "selected");
    private final ReadOnlyObjectWrapper<LessonInfo> selectedDemo = new ReadOnlyObjectWrapper<>(this, "selectedDemo");

    public CatalogSidebar(List<Lesson> lessons) {
        this(lessons, List.of());
    }

    public CatalogSidebar(List<Lesson> lessons, List<LessonInfo> demos) {
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
            List<LessonInfo> demosInCategory = demos.stream().filter(d -> d.category() == category).toList();
            if (inCategory.isEmpty() && demosInCategory.isEmpty()) {
                Label empty = new Label("Coming soon");
                empty.getStyleClass().addAll(EMPTY_CLASS, Styles.TEXT_SUBTLE);
                content.getChildren().add(empty);
            }
            for (Lesson lesson : inCategory) {
                content.getChildren().add(entry(lesson.info(), lesson));
            }
            for (LessonInfo demo : demosInCategory) {
                content.getChildren().add(entry(demo, demo));
            }
        }
        setContent(content);
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null) {
                group.selectToggle(old);
            } else if (toggle.getUserData() instanceof Lesson lesson) {
                selectedDemo.set(null);
                selected.set(lesson);
            } else {
                selected.set(null);
                selectedDemo.set((LessonInfo) toggle.getUserData());
            }
        });
    }

    /** The selected lesson; null while a demo is selected. */
    public ReadOnlyObjectProperty<Lesson> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** The selected demo; null while a lesson is selected. */
    public ReadOnlyObjectProperty<LessonInfo> selectedDemoProperty() {
        return selectedDemo.getReadOnlyProperty();
    }

    public void select(String lessonId) {
        ToggleButton entry = entries.get(lessonId);
        if (entry != null) {
            entry.setSelected(true);
        }
    }

    /** An entry for {@code info}; {@code target} (a Lesson or a demo's LessonInfo) is what selecting it opens. */
    private ToggleButton entry(LessonInfo info, Object target) {
        ToggleButton button = new ToggleButton(info.title());
        button.setId("catalog-" + info.id());
        button.setUserData(target);
        button.setToggleGroup(group);
        button.getStyleClass().add(ENTRY_CLASS);
        button.setMaxWidth(Double.MAX_VALUE);
        button.setWrapText(true);
        button.setTooltip(new Tooltip(info.summary()));
        entries.put(info.id(), button);
        return button;
    }
}

package dev.workbench.app.shell;

import dev.workbench.app.lesson.LessonPage;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;

import java.util.function.Consumer;

/** The menu bar: files, view (theme, zoom, full screen), run controls and help. */
final class ShellMenu {
    private final WorkbenchShell shell;

    ShellMenu(WorkbenchShell shell) {
        this.shell = shell;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(fileMenu(), viewMenu(), runMenu(), helpMenu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu fileMenu() {
        MenuItem load = item("Load checkpoint…", "menu-load", shell::chooseCheckpointToLoad);
        load.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        MenuItem save = item("Save checkpoint…", "menu-save", shell::chooseCheckpointToSave);
        save.setAccelerator(KeyCombination.keyCombination("Shortcut+S"));
        MenuItem charts = item("Export charts as PNG…", "menu-export-png", shell::chooseChartExport);
        MenuItem history = item("Export run history as CSV…", "menu-export-csv", shell::chooseHistoryExport);
        MenuItem quit = item("Quit", "menu-quit", shell::quit);
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        return new Menu("File", null, load, save, new SeparatorMenuItem(), charts, history, new SeparatorMenuItem(), quit);
    }

    private Menu viewMenu() {
        Menu themes = new Menu("Theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.label());
            item.setId("menu-theme-" + theme.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            item.setToggleGroup(group);
            item.setSelected(shell.themeProperty().get() == theme);
            item.setOnAction(e -> shell.setTheme(theme));
            shell.themeProperty().addListener((obs, old, now) -> item.setSelected(now == theme));
            themes.getItems().add(item);
        }
        CheckMenuItem catalog = new CheckMenuItem("Lesson catalog");
        catalog.setId("menu-catalog");
        catalog.setSelected(true);
        catalog.setAccelerator(KeyCombination.keyCombination("Shortcut+L"));
        catalog.selectedProperty().addListener((obs, old, visible) -> shell.setCatalogVisible(visible));
        CheckMenuItem presentation = new CheckMenuItem("Presentation mode  (F5)");
        presentation.setId("menu-presentation");
        presentation.selectedProperty().bindBidirectional(shell.presentationProperty());
        return new Menu("View", null, themes, catalog, new SeparatorMenuItem(),
                item("Larger text  (Ctrl +)", "menu-zoom-in", shell.fontScale()::increase),
                item("Smaller text  (Ctrl −)", "menu-zoom-out", shell.fontScale()::decrease),
                item("Normal text  (Ctrl 0)", "menu-zoom-reset", shell.fontScale()::reset),
                new SeparatorMenuItem(),
                presentation,
                item("Full screen  (F11)", "menu-full-screen", shell::toggleFullScreen));
    }

    private Menu runMenu() {
        return new Menu("Run", null,
                item("Train", "menu-train", () -> withPage(LessonPage::train)),
                item("Pause / resume  (Space)", "menu-toggle-pause", () -> withPage(LessonPage::togglePause)),
                item("Step  (→)", "menu-step", () -> withPage(LessonPage::step)),
                item("Stop", "menu-stop", () -> withPage(LessonPage::stop)),
                item("Reset  (R)", "menu-reset", () -> withPage(LessonPage::reset)));
    }

    private Menu helpMenu() {
        return new Menu("Help", null, item("Keyboard shortcuts", "menu-shortcuts",
                () -> ShortcutsDialog.create(shell.getScene()).show()));
    }

    private void withPage(Consumer<LessonPage> action) {
        if (shell.currentPage() != null) {
            action.accept(shell.currentPage());
        }
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }
}

package dev.workbench.app.demo;

import dev.workbench.app.landscape.LandscapePage;
import dev.workbench.lessons.LessonCatalog;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.landscape.LandscapeDemo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** The one place where demo ids meet their pages. Demos without an entry are left out of the catalog. */
public final class DemoPages {
    private static final Map<String, Supplier<DemoPage>> PAGES = Map.of(
            LandscapeDemo.ID, LandscapePage::new);

    private DemoPages() {
    }

    /** The catalog's demos that have a page here, in catalog order. */
    public static List<LessonInfo> available() {
        return LessonCatalog.demos().stream().filter(info -> PAGES.containsKey(info.id())).toList();
    }

    public static Optional<DemoPage> create(LessonInfo info) {
        return Optional.ofNullable(PAGES.get(info.id())).map(Supplier::get);
    }
}

package dev.workbench.app.lesson;

import dev.workbench.app.compare.CompareTab;
import dev.workbench.app.form.FormAccess;
import dev.workbench.app.notes.NoteAction;
import dev.workbench.lessons.engine.HyperParameter;
import dev.workbench.lessons.engine.Lesson;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Carries out the notes' "try this" links on a lesson page: puts values into the settings form,
 * or opens the Compare tab on a comparison and starts it. A link the lesson cannot follow only
 * shows a message saying why.
 */
final class NoteActions implements Consumer<NoteAction> {
    private final Lesson lesson;
    private final FormAccess form;
    private final CompareTab compare;
    private final Runnable showCompare;
    private final BannerArea banners;

    NoteActions(Lesson lesson, FormAccess form, CompareTab compare, Runnable showCompare, BannerArea banners) {
        this.lesson = lesson;
        this.form = form;
        this.compare = compare;
        this.showCompare = showCompare;
        this.banners = banners;
    }

    @Override
    public void accept(NoteAction action) {
        Optional<String> problem = NoteActionCheck.problem(lesson, action);
        if (problem.isPresent()) {
            banners.show(MessageBanner.Kind.ERROR, problem.get());
        } else if (action instanceof NoteAction.SetValues set) {
            set(set.values());
        } else if (action instanceof NoteAction.StartComparison start) {
            race(start.comparisonId());
        }
    }

    private void set(Map<String, String> values) {
        values.forEach(form::setText);
        List<String> changes = values.entrySet().stream().map(e -> label(e.getKey()) + " = " + e.getValue()).toList();
        banners.show(MessageBanner.Kind.SUCCESS, "Settings changed: " + String.join(", ", changes)
                + ". Press Train to see what happens.");
    }

    private void race(String comparisonId) {
        showCompare.run();
        if (!compare.runner().phase().canStart()) {
            banners.show(MessageBanner.Kind.INFO, "A race is already under way: stop it to start this one.");
            return;
        }
        compare.chooser().select(comparisonId);
        compare.start();
    }

    private String label(String name) {
        return lesson.parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .map(HyperParameter::label).orElse(name);
    }
}

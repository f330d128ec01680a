package dev.workbench.lessons.landscape;

import dev.workbench.lessons.engine.LessonCategory;
import dev.workbench.lessons.engine.LessonInfo;
import dev.workbench.lessons.engine.LessonNotes;
import dev.workbench.lessons.optim.OptimizerKind;

/** The loss-landscape page's catalog entry; its notes end with every optimizer's update rule. */
public final class LandscapeDemo {
    public static final String ID = "loss-landscape";
    public static final LessonInfo INFO = new LessonInfo(ID, "Loss landscapes",
            "Watch SGD, Momentum, RMSProp, Adam and friends race downhill on 2-D surfaces, step by step.",
            LessonCategory.FOUNDATIONS, notes());

    private LandscapeDemo() {
    }

    private static String notes() {
        StringBuilder text = new StringBuilder(LessonNotes.load(ID));
        for (OptimizerKind kind : OptimizerKind.values()) {
            text.append("\n\n### ").append(kind.label()).append("\n\n").append(kind.equations());
        }
        return text.toString();
    }
}

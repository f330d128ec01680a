package dev.workbench.app.rate;

import dev.workbench.app.lesson.BackgroundWorker;
import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.PartContext;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.Objects;

/**
 * The learning-rate lesson's own tabs: the schedule the settings give, previewed before training,
 * and the learning-rate range test on a network of its own. The race of rates is the Compare tab's
 * ready-made comparison.
 */
public final class LearningRatePage implements LessonPagePart {
    /** The lesson these views belong to. */
    public static final String SCHEDULE_TAB_ID = "schedule-tab";
    public static final String RANGE_TEST_TAB_ID = "range-test-tab";
    static final String STYLESHEET = "/dev/workbench/app/css/rate.css";

    private final SchedulePreview schedule;
    private final RangeTestRunner rangeTest;
    private final RangeTestPanel rangeTestPanel;
    private final List<Tab> tabs;

    public LearningRatePage(PartContext context) {
        this(context, BackgroundWorker.singleThread("lr-range-test"));
    }

    /** @param worker where the range test prepares and trains its own network */
    public LearningRatePage(PartContext context, BackgroundWorker worker) {
        schedule = new SchedulePreview(context.form());
        rangeTest = new RangeTestRunner(context.lesson(), worker, context.fx());
        rangeTestPanel = new RangeTestPanel(context.form(), rangeTest);
        Tab scheduleTab = new Tab("Schedule", schedule);
        scheduleTab.setId(SCHEDULE_TAB_ID);
        Tab rangeTab = new Tab("Range test", rangeTestPanel);
        rangeTab.setId(RANGE_TEST_TAB_ID);
        tabs = List.of(scheduleTab, rangeTab);
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return tabs;
    }

    @Override
    public void refresh() {
        // Both views follow the form on their own; nothing is read from the training run.
    }

    @Override
    public List<String> stylesheets() {
        return List.of(Objects.requireNonNull(LearningRatePage.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    public SchedulePreview schedule() {
        return schedule;
    }

    public RangeTestRunner rangeTest() {
        return rangeTest;
    }

    public RangeTestPanel rangeTestPanel() {
        return rangeTestPanel;
    }
}

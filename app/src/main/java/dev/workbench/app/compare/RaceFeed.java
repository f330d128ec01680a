package dev.workbench.app.compare;

import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.RunEvent.EpochMetrics;
import dev.workbench.lessons.engine.RunEvent.IterationMetrics;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.race.Race;

import java.util.List;

/**
 * Feeds the race charts: new lanes for each race, one batch of points and one redraw per frame,
 * and, when the x axis switches, every point again from the lanes' histories.
 */
final class RaceFeed implements RaceRunner.Observer {
    private final RaceChart loss;
    private final RaceEpochChart epochChart;
    private Race race;
    private RacePlan plan;
    private double[] lastSeconds = new double[0];

    RaceFeed(RaceChart loss, RaceEpochChart epochChart) {
        this.loss = loss;
        this.epochChart = epochChart;
        loss.axisProperty().addListener((obs, old, axis) -> replay());
    }

    @Override
    public void raceAttached(Race attached, RacePlan racePlan) {
        race = attached;
        plan = racePlan;
        lastSeconds = new double[racePlan.lanes().size()];
        loss.setLanes(racePlan.labels());
        epochChart.setLanes(racePlan.labels());
        RaceAxis axis = racePlan.timeAxis() ? RaceAxis.TIME : RaceAxis.ITERATIONS;
        if (loss.axisProperty().get() == axis) {
            replay();
        } else {
            loss.axisProperty().set(axis);
        }
    }

    @Override
    public void update(Race current, RaceUpdate update) {
        for (int lane = 0; lane < update.laneCount(); lane++) {
            RunUpdate laneUpdate = update.lane(lane);
            List<IterationMetrics> iterations = laneUpdate.iterations();
            loss.addIterations(lane, iterations);
            for (EpochMetrics epoch : laneUpdate.epochs()) {
                epochChart.addEpoch(lane, epoch, secondsAt(iterations, epoch.iteration(), lastSeconds[lane]));
            }
            if (!iterations.isEmpty()) {
                lastSeconds[lane] = iterations.get(iterations.size() - 1).trainingSeconds();
            }
        }
        loss.redrawIfNewPoints();
        epochChart.redrawIfNewPoints();
    }

    /** Draws the current race again from its histories, on the axis now chosen. */
    private void replay() {
        epochChart.setAxis(loss.axisProperty().get());
        loss.clearPoints();
        if (race == null) {
            return;
        }
        showRange();
        for (int lane = 0; lane < race.runs().size(); lane++) {
            TrainingRun run = race.runs().get(lane);
            List<IterationMetrics> iterations = run.history().iterations();
            loss.addIterations(lane, iterations);
            for (EpochMetrics epoch : run.history().epochs()) {
                epochChart.addEpoch(lane, epoch, secondsAt(iterations, epoch.iteration(), 0));
            }
            if (!iterations.isEmpty()) {
                lastSeconds[lane] = iterations.get(iterations.size() - 1).trainingSeconds();
            }
        }
        loss.redraw();
        epochChart.redraw();
    }

    /** Keeps the whole race in view from the start: its time budget, or its longest lane. */
    private void showRange() {
        if (loss.axisProperty().get() == RaceAxis.TIME) {
            double budget = plan.secondsBudget();
            loss.setXRangeHint(0, budget > 0 ? budget : Double.NaN);
            epochChart.setXRangeHint(0, budget > 0 ? budget : Double.NaN);
        } else {
            long longest = plan.secondsBudget() > 0 ? 0
                    : race.runs().stream().mapToLong(TrainingRun::totalIterations).max().orElse(0);
            loss.setXRangeHint(0, longest > 0 ? longest : Double.NaN);
            epochChart.setXRangeHint(Double.NaN, Double.NaN);
        }
    }

    /** The training seconds at an iteration, looked up among {@code iterations} (sorted, consecutive). */
    private static double secondsAt(List<IterationMetrics> iterations, long iteration, double fallback) {
        if (iterations.isEmpty()) {
            return fallback;
        }
        int index = (int) (iteration - iterations.get(0).iteration());
        if (index >= 0 && index < iterations.size() && iterations.get(index).iteration() == iteration) {
            return iterations.get(index).trainingSeconds();
        }
        return fallback;
    }
}

package dev.workbench.lessons.landscape;

import java.util.ArrayList;
import java.util.List;

/**
 * When a lane of a landscape race has arrived, and who leads. A lane has arrived once its loss is
 * within {@link #LOSS_TOLERANCE} of the landscape's lowest known minimum: below that, one
 * optimizer's 6e-64 against another's 4e-43 is rounding noise, not a better optimizer. Lanes that
 * have arrived tie on loss, and the one that arrived first leads; until someone arrives, the
 * lowest loss leads. A landscape without known minima has nothing to arrive at; a lane stuck
 * elsewhere (a saddle, a local minimum) never arrives, and the app's "stopped moving" check ends
 * its race instead.
 */
public final class Arrival {
    /** Losses this close to the minimum count as being there. */
    public static final double LOSS_TOLERANCE = 1e-10;

    private final double floor;

    private Arrival(double floor) {
        this.floor = floor;
    }

    /** The arrival rule for {@code landscape}: its lowest known minimum value, if it has one. */
    public static Arrival on(Landscape landscape) {
        double floor = landscape.minima().stream().mapToDouble(landscape::value).min().orElse(Double.NaN);
        return new Arrival(floor);
    }

    /** Whether a lane at this loss has arrived at the minimum. */
    public boolean arrived(double loss) {
        return Double.isFinite(floor) && Double.isFinite(loss) && loss - floor <= LOSS_TOLERANCE;
    }

    /**
     * One lane as the legend sees it at a step.
     *
     * @param arrivedAt the step at which it arrived, or -1 if it has not (yet)
     */
    public record Standing(double loss, boolean diverged, int arrivedAt) {
    }

    /**
     * The leading lanes, by index: among the lanes that have arrived, those that arrived first
     * (several when they arrived at the same step); if none has, those with the lowest loss.
     * Diverged lanes never lead; empty when every lane diverged.
     */
    public static List<Integer> leaders(List<Standing> standings) {
        int firstArrival = Integer.MAX_VALUE;
        double lowest = Double.POSITIVE_INFINITY;
        for (Standing s : standings) {
            if (s.diverged()) {
                continue;
            }
            if (s.arrivedAt() >= 0) {
                firstArrival = Math.min(firstArrival, s.arrivedAt());
            } else if (s.loss() < lowest) {
                lowest = s.loss();
            }
        }
        List<Integer> leaders = new ArrayList<>();
        for (int lane = 0; lane < standings.size(); lane++) {
            Standing s = standings.get(lane);
            if (s.diverged()) {
                continue;
            }
            boolean leads = firstArrival != Integer.MAX_VALUE ? s.arrivedAt() == firstArrival
                    : s.arrivedAt() < 0 && s.loss() == lowest;
            if (leads) {
                leaders.add(lane);
            }
        }
        return leaders;
    }
}

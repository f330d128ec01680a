package dev.workbench.app.landscape;

/**
 * The points a race recorded in a run of consecutive steps, as plain arrays handed from the race
 * thread to the FX thread.
 *
 * @param generation which race these belong to (the FX side drops chunks of an older one)
 * @param toStep     race steps taken once this chunk was recorded
 * @param points     per lane, the new points as x, y, loss triples (a diverged lane records none)
 * @param divergedAt per lane, the step at which it diverged, or -1
 * @param failure    what went wrong on the race thread, or null
 */
record RaceChunk(long generation, int toStep, double[][] points, int[] divergedAt, String failure) {
    static RaceChunk failed(long generation, int toStep, String failure) {
        return new RaceChunk(generation, toStep, new double[0][], new int[0], failure);
    }
}

package dev.workbench.lessons.engine;

/**
 * A session that can also train one epoch the way a plain DL4J program does, with
 * {@code net.fit(iterator)} and no engine around it: the baseline of the engine-overhead benchmark.
 */
public interface PlainFit {
    void fitEpochWithoutEngine();
}

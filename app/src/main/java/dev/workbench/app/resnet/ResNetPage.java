package dev.workbench.app.resnet;

import dev.workbench.app.lesson.LessonPagePart;
import dev.workbench.app.lesson.LessonRunner;
import dev.workbench.app.lesson.PartContext;
import dev.workbench.app.lesson.RunUpdate;
import dev.workbench.lessons.engine.ProbeRecord;
import dev.workbench.lessons.engine.RunEvent.ProbeSample;
import dev.workbench.lessons.engine.RunState;
import dev.workbench.lessons.engine.TrainingRun;
import dev.workbench.lessons.resnet.LandscapeSlice;
import dev.workbench.lessons.resnet.NetworkDiagram;
import dev.workbench.lessons.resnet.ResNetLesson;
import dev.workbench.lessons.resnet.ResNetSession;
import javafx.scene.Node;
import javafx.scene.control.Tab;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The ResNet lesson's tabs: the architecture diagram of the current network (with each layer's
 * gradient-norm history from the lesson's gradient probe) and the loss-landscape slices. The
 * diagram is read when a model is attached; a slice is computed when asked, or at the end of a
 * run while its tab is showing, on the training thread with progress and a Cancel button.
 */
public final class ResNetPage implements LessonPagePart {
    public static final String ARCHITECTURE_TAB_ID = "resnet-architecture-tab";
    public static final String LANDSCAPE_TAB_ID = "resnet-landscape-tab";

    private final PartContext context;
    private final ArchitectureView architecture = new ArchitectureView();
    private final LandscapeView landscape = new LandscapeView();
    private final GradientHistory history = new GradientHistory();
    private final Tab architectureTab = new Tab("Architecture", architecture);
    private final Tab landscapeTab = new Tab("Loss landscape", landscape);

    private TrainingRun run;
    /** The slice in flight's cancel token, or null. */
    private AtomicBoolean slicing;

    /** What one slice query brings back from the training thread. */
    private record Computed(LandscapeSlice slice, boolean residual, long iteration, double seconds) {
    }

    public ResNetPage(PartContext context) {
        this.context = context;
        architectureTab.setId(ARCHITECTURE_TAB_ID);
        landscapeTab.setId(LANDSCAPE_TAB_ID);
        architectureTab.setClosable(false);
        landscapeTab.setClosable(false);
        architecture.setOnSelect(layer -> architecture.showHistory(layer, history.of(layer)));
        landscape.setOnCompute(this::computeSlice);
        landscape.setOnCancel(this::cancelSlice);
    }

    @Override
    public Node overview() {
        return null;
    }

    @Override
    public List<Tab> tabs() {
        return List.of(architectureTab, landscapeTab);
    }

    @Override
    public List<String> stylesheets() {
        return List.of(ResNetPage.class.getResource("/dev/workbench/app/css/resnet.css").toExternalForm());
    }

    ArchitectureView architecture() {
        return architecture;
    }

    LandscapeView landscape() {
        return landscape;
    }

    @Override
    public void runAttached(TrainingRun attached) {
        if (slicing != null) {
            // The old run may be closed before it answers: forget its slice rather than wait for it.
            slicing.set(true);
            slicing = null;
            landscape.done("The previous network's slice was cancelled.");
        }
        run = attached;
        history.clear();
        refresh();
    }

    @Override
    public void update(TrainingRun current, RunUpdate update) {
        String selected = architecture.selectedProperty().get();
        boolean grew = false;
        for (ProbeSample sample : update.probes()) {
            if (ResNetLesson.GRADIENT_HISTORY.equals(sample.probeId()) && sample.record() instanceof ProbeRecord.HeatRow row) {
                history.add(sample.iteration(), row.rows(), row.values());
                grew = true;
            }
        }
        if (grew && selected != null) {
            architecture.showHistory(selected, history.of(selected));
        }
        if (update.newState().filter(state -> state == RunState.FINISHED).isPresent() && landscapeTab.isSelected()) {
            computeSlice();
        }
    }

    @Override
    public void refresh() {
        if (run == null) {
            return;
        }
        TrainingRun target = run;
        CompletableFuture<NetworkDiagram> answer = target.inspect(session -> ((ResNetSession) session).diagram());
        answer.whenCompleteAsync((diagram, error) -> {
            if (target != run) {
                return;
            }
            if (error != null) {
                context.reportError().accept("Could not read the network's graph: " + LessonRunner.describe(error));
            } else {
                architecture.show(diagram);
            }
        }, context.fx());
    }

    /** Computes the current network's slice on its training thread; one at a time. */
    void computeSlice() {
        if (run == null || slicing != null) {
            return;
        }
        TrainingRun target = run;
        AtomicBoolean cancelled = new AtomicBoolean();
        slicing = cancelled;
        landscape.computing("current");
        CompletableFuture<Computed> answer = target.inspect(session -> {
            ResNetSession resnet = (ResNetSession) session;
            long start = System.nanoTime();
            LandscapeSlice slice = resnet.landscapeSlice((done, total) -> context.fx().execute(() -> {
                if (slicing == cancelled) {
                    landscape.progress(done, total);
                }
            }), cancelled::get);
            return new Computed(slice, resnet.residual(), target.iteration(), (System.nanoTime() - start) / 1e9);
        });
        answer.whenCompleteAsync((computed, error) -> {
            if (slicing != cancelled) {
                return;
            }
            slicing = null;
            Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
            if (cause instanceof CancellationException) {
                landscape.done("Cancelled; the network's weights are as they were.");
            } else if (error != null) {
                landscape.done("The slice failed: " + LessonRunner.describe(error));
            } else {
                landscape.show(computed.slice(), computed.residual(), computed.iteration(), computed.seconds());
            }
        }, context.fx());
    }

    void cancelSlice() {
        if (slicing != null) {
            slicing.set(true);
        }
    }
}

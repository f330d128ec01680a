package dev.workbench.lessons.resnet;

import dev.workbench.lessons.engine.NativeSetup;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.resnet.NetworkDiagram.Kind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The diagram is read from the real graphs the lesson builds. */
class NetworkDiagramTest {
    private final ResNetLesson lesson = new ResNetLesson();

    @BeforeAll
    static void natives() {
        NativeSetup.configure();
    }

    private NetworkDiagram diagram(Map<String, String> raw) throws Exception {
        ResNetSession session = lesson.prepare(lesson.validate(raw, Settings.DEFAULT_SEED).orElseThrow());
        return session.diagram();
    }

    private static long count(NetworkDiagram diagram, Kind kind) {
        return diagram.nodes().stream().filter(n -> n.kind() == kind).count();
    }

    @Test
    void residualNetOfDepthNHasNAdditionsAndNSkips() throws Exception {
        NetworkDiagram diagram = diagram(Map.of("depth", "12", "variant", "residual"));
        assertEquals(12, count(diagram, Kind.ADD));
        assertEquals(12, diagram.skipCount());
        assertEquals(1, count(diagram, Kind.INPUT));
        assertEquals(1, count(diagram, Kind.OUTPUT));
        assertEquals(14, diagram.nodes().stream().filter(NetworkDiagram.Node::gradient).count(),
                "stem, 12 dense layers and the output have measured gradients");
        assertEquals("input", diagram.nodes().get(0).name());
        // stem 2x32+32, 12 x (32x32+32), output 32x2+2
        assertEquals(96 + 12 * 1056 + 66, diagram.parameters());
        assertTrue(diagram.edges().stream().filter(NetworkDiagram.Edge::skip)
                .allMatch(e -> e.to().startsWith("add")), "skips end in additions");
    }

    @Test
    void plainNetHasNoSkips() throws Exception {
        NetworkDiagram diagram = diagram(Map.of("depth", "12", "variant", "plain"));
        assertEquals(0, diagram.skipCount());
        assertEquals(0, count(diagram, Kind.ADD));
        assertEquals(12 + 3, diagram.nodes().size(), "input, stem, 12 dense layers, output");
    }

    @Test
    void residualCnnProjectsOneShortcut() throws Exception {
        NetworkDiagram diagram = diagram(Map.of("model", "cnn", "variant", "residual+bn", "cnn-blocks", "2",
                "train-images", "100"));
        assertEquals(4, diagram.skipCount(), "two stages of two blocks");
        assertEquals(1, diagram.nodes().stream().filter(NetworkDiagram.Node::shortcut).count(),
                "only the block that halves the size projects its shortcut");
        assertTrue(diagram.nodes().stream().anyMatch(n -> n.type().startsWith("BatchNorm")));
    }
}

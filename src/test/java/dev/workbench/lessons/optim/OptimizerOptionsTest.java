package dev.workbench.lessons.optim;

import dev.workbench.lessons.cnn.CnnLesson;
import dev.workbench.lessons.engine.Settings;
import dev.workbench.lessons.race.OptimizerLanes;
import dev.workbench.lessons.race.RaceLane;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OptimizerOptionsTest {
    @Test
    void listEntriesCarryTheirOwnParameters() {
        List<OptimizerConfig> configs = OptimizerConfig.parseList("momentum:0.01:momentum=0.95,adam:0.001:beta1=0.8:epsilon=1e-6,adadelta:beta2=0.9");
        assertEquals(0.95, configs.get(0).momentum());
        assertEquals(0.8, configs.get(1).beta1());
        assertEquals(1e-6, configs.get(1).epsilon());
        assertEquals(0.9, configs.get(2).beta2());
        assertEquals("Adam (lr 0.001, beta1=0.8 epsilon=0.000001)", configs.get(1).label());
        assertEquals("beta1=0.8 epsilon=0.000001", configs.get(1).optionsText());
    }

    @Test
    void badOptionsSayWhatIsAllowed() {
        var unknown = assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.parseList("adam:0.001:gamma=2"));
        assertTrue(unknown.getMessage().contains("momentum, beta1, beta2, epsilon"), unknown.getMessage());
        var range = assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.parseList("adam:0.001:beta1=1.5"));
        assertTrue(range.getMessage().contains("beta1 must be in [0, 1)"), range.getMessage());
    }

    @Test
    void raceLanesPassTheirParametersToTheLesson() {
        CnnLesson lesson = new CnnLesson();
        List<RaceLane> lanes = OptimizerLanes.of(lesson, Map.of(), Settings.DEFAULT_SEED,
                OptimizerConfig.parseList("adam:0.001,adam:0.001:beta1=0.5"));
        TrainingOptimizer plain = TrainingOptimizer.from(lanes.get(0).settings());
        TrainingOptimizer tuned = TrainingOptimizer.from(lanes.get(1).settings());
        assertEquals(0.9, plain.config().beta1());
        assertEquals(0.5, tuned.config().beta1());
        assertEquals(0.5, ((org.nd4j.linalg.learning.config.Adam) tuned.updater(1, 10)).getBeta1());
        assertFalse(lesson.validate(Map.of("optimizer-options", "beta1=7"), 1).isValid());
    }
}

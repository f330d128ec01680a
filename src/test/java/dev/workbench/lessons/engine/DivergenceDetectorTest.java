package dev.workbench.lessons.engine;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DivergenceDetectorTest {
    @Test
    void nanLossIsDivergence() {
        DivergenceDetector detector = new DivergenceDetector();
        assertFalse(detector.check(2.3).isPresent());
        assertTrue(detector.check(Double.NaN).orElseThrow().contains("NaN"));
    }

    @Test
    void oneSpikeIsNotDivergenceButASustainedExplosionIs() {
        DivergenceDetector detector = new DivergenceDetector();
        detector.check(2.3);
        assertFalse(detector.check(20).isPresent(), "a single spike is normal");
        assertFalse(detector.check(2.0).isPresent());
        for (int i = 0; i < DivergenceDetector.EXPLOSION_PATIENCE - 1; i++) {
            assertFalse(detector.check(20).isPresent());
        }
        assertTrue(detector.check(20).orElseThrow().contains("exploded"));
    }

    @Test
    void explanationNamesTheLikelyCause() {
        String message = DivergenceDetector.explain(12, "the loss became NaN", "learning rate 0.5 with sgd");
        assertTrue(message.contains("iteration 12"));
        assertTrue(message.contains("learning rate 0.5 with sgd"));
        assertTrue(message.contains("10 times smaller"));
    }

    @Test
    void aJumpThatNeverComesBackBelowTheStartIsDivergence() {
        // What SGD at learning rate 1 does to the CNN: 2.99, 20.4, then about 7.4 for good.
        DivergenceDetector detector = new DivergenceDetector();
        detector.check(2.99);
        assertFalse(detector.check(20.4).isPresent());
        String problem = null;
        for (int i = 0; i < DivergenceDetector.RECOVERY_WINDOW && problem == null; i++) {
            problem = detector.check(7.4 + 0.1 * (i % 3)).orElse(null);
        }
        assertTrue(problem != null && problem.contains("did not come back below where it started"), String.valueOf(problem));
    }

    @Test
    void aJumpFollowedByRecoveryIsNotDivergence() {
        DivergenceDetector detector = new DivergenceDetector();
        detector.check(2.3);
        detector.check(9.0);
        for (int i = 0; i < 3 * DivergenceDetector.RECOVERY_WINDOW; i++) {
            assertFalse(detector.check(1.5 - i * 0.01).isPresent(), "the loss came back: iteration " + i);
        }
    }

    @Test
    void aClassifierAtChanceWithItsLossAboveTheStartHasDiverged() {
        ClassifierDivergence rule = new ClassifierDivergence(10);
        rule.check(StepResult.of(2.3));
        assertTrue(rule.checkEpoch(1, EpochEvaluation.classifier(0.5, 2.0, 0.45), 1.1).isEmpty(), "learning");
        assertTrue(rule.checkEpoch(1, EpochEvaluation.classifier(0.1, 2.3, 0.105), 1.9).isEmpty(),
                "at chance but the loss fell: slow, not wrecked");
        String problem = rule.checkEpoch(1, EpochEvaluation.classifier(0.1, 14.0, 0.1), 7.4).orElseThrow();
        assertTrue(problem.contains("chance level") && problem.contains("10 classes"), problem);
    }

    @Test
    void theAdviceFitsTheOptimizer() {
        var adam = new dev.workbench.lessons.optim.TrainingOptimizer(dev.workbench.lessons.optim.OptimizerKind.ADAM, 0.5, "",
                dev.workbench.lessons.schedule.ScheduleKind.FIXED, 0);
        var sgd = new dev.workbench.lessons.optim.TrainingOptimizer(dev.workbench.lessons.optim.OptimizerKind.SGD, 1, "",
                dev.workbench.lessons.schedule.ScheduleKind.FIXED, 0);
        assertFalse(adam.divergenceAdvice().contains("Adam"), adam.divergenceAdvice());
        assertTrue(adam.divergenceAdvice().contains("0.05"), adam.divergenceAdvice());
        assertTrue(sgd.divergenceAdvice().contains("adaptive optimizer such as Adam"), sgd.divergenceAdvice());
    }
}

package dev.workbench.lessons.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.learning.config.AMSGrad;
import org.nd4j.linalg.learning.config.AdaDelta;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.AdaMax;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nadam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.schedule.ExponentialSchedule;
import org.nd4j.linalg.schedule.ISchedule;
import org.nd4j.linalg.schedule.ScheduleType;

class OptimizerConfigTest {
    private static final String VALID_NAMES =
            "sgd, momentum, nesterov, rmsprop, adagrad, adadelta, adam, adamax, nadam, amsgrad";

    @Test
    void parseListReadsNamesAndRatesInOrder() {
        List<OptimizerConfig> configs = OptimizerConfig.parseList("sgd:0.05,momentum:0.01,adam:0.001");
        assertEquals(List.of(OptimizerKind.SGD, OptimizerKind.MOMENTUM, OptimizerKind.ADAM),
                configs.stream().map(OptimizerConfig::kind).toList());
        assertEquals(List.of(0.05, 0.01, 0.001), configs.stream().map(OptimizerConfig::learningRate).toList());
    }

    @Test
    void parseListToleratesSpacesAndCaseAndFillsInDefaultRates() {
        List<OptimizerConfig> configs = OptimizerConfig.parseList(" RMSProp , nadam : 0.003 ,adadelta");
        assertEquals(OptimizerConfig.defaults(OptimizerKind.RMSPROP), configs.get(0));
        assertEquals(OptimizerConfig.of(OptimizerKind.NADAM, 0.003), configs.get(1));
        assertEquals(OptimizerConfig.defaults(OptimizerKind.ADADELTA), configs.get(2));
    }

    @Test
    void parseListRejectsAnUnknownNameListingTheValidOnes() {
        var error = assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.parseList("sgd:0.1,adamw:0.01"));
        assertTrue(error.getMessage().contains("'adamw'"), error.getMessage());
        assertTrue(error.getMessage().contains(VALID_NAMES), error.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"sgd:fast", "sgd:", "adam:-0.001", "adam:0", "momentum:NaN", "adam:1e999", "sgd:0.1,,adam"})
    void parseListRejectsBadNumbersAndEmptyEntriesListingTheValidNames(String text) {
        var error = assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.parseList(text));
        assertTrue(error.getMessage().contains(VALID_NAMES), error.getMessage());
    }

    @Test
    void parseListRejectsALearningRateForAdaDelta() {
        var error = assertThrows(IllegalArgumentException.class, () -> OptimizerConfig.parseList("adadelta:0.5"));
        assertTrue(error.getMessage().contains("no learning rate"), error.getMessage());
    }

    @Test
    void constructorRejectsOutOfRangeHyperparameters() {
        assertThrows(NullPointerException.class, () -> new OptimizerConfig(null, 0.1, 0.9, 0.9, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.SGD, Double.NaN, 0.9, 0.9, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.NESTEROV, 0.1, 1.0, 0.9, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.ADAM, 0.1, 0.9, -0.1, 0.999, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 1.0, 1e-8));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.ADAM, 0.1, 0.9, 0.9, 0.999, 0));
        assertThrows(IllegalArgumentException.class,
                () -> new OptimizerConfig(OptimizerKind.ADADELTA, 0.5, 0.9, 0.9, 0.95, 1e-6));
    }

    @Test
    void defaultsComeFromNd4j() {
        OptimizerConfig adam = OptimizerConfig.defaults(OptimizerKind.ADAM);
        assertEquals(Adam.DEFAULT_ADAM_BETA1_MEAN_DECAY, adam.beta1());
        assertEquals(Adam.DEFAULT_ADAM_BETA2_VAR_DECAY, adam.beta2());
        assertEquals(Adam.DEFAULT_ADAM_EPSILON, adam.epsilon());
        assertEquals(Nesterovs.DEFAULT_NESTEROV_MOMENTUM, OptimizerConfig.defaults(OptimizerKind.NESTEROV).momentum());
        assertEquals(RmsProp.DEFAULT_RMSPROP_RMSDECAY, OptimizerConfig.defaults(OptimizerKind.RMSPROP).beta2());
        assertEquals(AdaDelta.DEFAULT_ADADELTA_RHO, OptimizerConfig.defaults(OptimizerKind.ADADELTA).beta2());
        assertEquals(AdaGrad.DEFAULT_ADAGRAD_EPSILON, OptimizerConfig.defaults(OptimizerKind.ADAGRAD).epsilon());
    }

    @Test
    void toUpdaterBuildsTheMatchingNd4jUpdaterWithTheSameHyperparameters() {
        double lr = 0.0123;
        double momentum = 0.8;
        double beta1 = 0.85;
        double beta2 = 0.99;
        double eps = 1e-7;

        assertEquals(new Sgd(lr), config(OptimizerKind.SGD, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(new HeavyBallMomentum(lr, null, momentum),
                config(OptimizerKind.MOMENTUM, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(Nesterovs.builder().learningRate(lr).momentum(momentum).build(),
                config(OptimizerKind.NESTEROV, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(RmsProp.builder().learningRate(lr).rmsDecay(beta2).epsilon(eps).build(),
                config(OptimizerKind.RMSPROP, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(AdaGrad.builder().learningRate(lr).epsilon(eps).build(),
                config(OptimizerKind.ADAGRAD, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(AdaDelta.builder().rho(beta2).epsilon(eps).build(),
                config(OptimizerKind.ADADELTA, 1.0, momentum, beta1, beta2, eps).toUpdater());
        // Adam trains through FastAdam's Java loop (FastAdamTest).
        assertEquals(new FastAdam(lr, beta1, beta2, eps),
                config(OptimizerKind.ADAM, lr, momentum, beta1, beta2, eps).toUpdater());
        AdaMax adaMax = (AdaMax) config(OptimizerKind.ADAMAX, lr, momentum, beta1, beta2, eps).toUpdater();
        assertEquals(List.of(lr, beta1, beta2, eps),
                List.of(adaMax.getLearningRate(), adaMax.getBeta1(), adaMax.getBeta2(), adaMax.getEpsilon()));
        assertEquals(Nadam.builder().learningRate(lr).beta1(beta1).beta2(beta2).epsilon(eps).build(),
                config(OptimizerKind.NADAM, lr, momentum, beta1, beta2, eps).toUpdater());
        assertEquals(AMSGrad.builder().learningRate(lr).beta1(beta1).beta2(beta2).epsilon(eps).build(),
                config(OptimizerKind.AMSGRAD, lr, momentum, beta1, beta2, eps).toUpdater());
    }

    @Test
    void scheduledUpdaterTakesItsLearningRateFromTheSchedule() {
        ISchedule schedule = new ExponentialSchedule(ScheduleType.ITERATION, 0.1, 0.9);
        for (OptimizerKind kind : OptimizerKind.values()) {
            if (!kind.hasLearningRate()) {
                continue;
            }
            IUpdater updater = OptimizerConfig.of(kind, 0.5).toUpdater(schedule);
            for (int iteration : new int[] {0, 1, 10}) {
                assertEquals(schedule.valueAt(iteration, 0), updater.getLearningRate(iteration, 0), 0, kind.name());
            }
        }
    }

    @Test
    void adaDeltaCannotTakeASchedule() {
        ISchedule schedule = new ExponentialSchedule(ScheduleType.ITERATION, 0.1, 0.9);
        OptimizerConfig adaDelta = OptimizerConfig.defaults(OptimizerKind.ADADELTA);
        assertThrows(IllegalArgumentException.class, () -> adaDelta.toUpdater(schedule));
    }

    @Test
    void labelShowsTheRateExceptForAdaDelta() {
        assertEquals("Adam (lr 0.0001)", OptimizerConfig.of(OptimizerKind.ADAM, 1e-4).label());
        assertEquals("Nesterov momentum (lr 0.05)", OptimizerConfig.of(OptimizerKind.NESTEROV, 0.05).label());
        assertEquals("AdaDelta", OptimizerConfig.defaults(OptimizerKind.ADADELTA).label());
    }

    @Test
    void momentumAndNesterovBuildDifferentUpdaters() {
        assertInstanceOf(HeavyBallMomentum.class, OptimizerConfig.defaults(OptimizerKind.MOMENTUM).toUpdater());
        assertInstanceOf(Nesterovs.class, OptimizerConfig.defaults(OptimizerKind.NESTEROV).toUpdater());
    }

    private static OptimizerConfig config(OptimizerKind kind, double lr, double momentum, double beta1, double beta2,
            double eps) {
        return new OptimizerConfig(kind, lr, momentum, beta1, beta2, eps);
    }
}

package dev.workbench.lessons.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextCorpusTest {
    @TempDir
    Path dir;

    @Test
    void vocabularyIsSortedWithCountsAndEncodingRoundTrips() throws Exception {
        TextCorpus corpus = TextCorpus.read(Files.writeString(dir.resolve("t.txt"), "bca\r\nab\u00e9"), 1);
        CharVocabulary vocabulary = corpus.vocabulary();
        assertEquals("\nabc\u00e9", vocabulary.decode(new int[]{0, 1, 2, 3, 4}), "CRLF became LF; sorted by code point");
        assertEquals(2, vocabulary.count(1), "two a's");
        assertEquals("bca\nab\u00e9", vocabulary.decode(corpus.encoded()));
        assertFalse(vocabulary.mapsRare());
    }

    @Test
    void rareCharactersShareOneSymbol() {
        TextCorpus corpus = TextCorpus.of("t", "aaabbbxyz", 2);
        CharVocabulary vocabulary = corpus.vocabulary();
        assertEquals(3, vocabulary.size());
        assertEquals("ab\uFFFD", vocabulary.decode(new int[]{0, 1, 2}));
        assertEquals(3, vocabulary.count(2), "x, y and z counted together");
        assertEquals(2, vocabulary.indexOf('q'), "an unseen character is rare too");
    }

    @Test
    void entropiesAreExactOnTinyTexts() {
        int[] abab = TextCorpus.of("t", "abab", 1).encoded();
        assertEquals(1.0, TextEntropy.unigramBits(abab), 1e-12);
        assertEquals(0.0, TextEntropy.bigramBits(abab), 1e-12, "after a comes b, after b comes a");
        int[] aaaa = TextCorpus.of("t", "aaaa", 1).encoded();
        assertEquals(0.0, TextEntropy.unigramBits(aaaa), 1e-12);
        // pairs aa, ab, ba, aa: after a (3 times) comes a twice and b once; after b always a
        int[] text = TextCorpus.of("t", "aabaa", 1).encoded();
        double expected = -(2.0 / 4 * log2(2.0 / 3) + 1.0 / 4 * log2(1.0 / 3));
        assertEquals(expected, TextEntropy.bigramBits(text), 1e-12);
        assertEquals(-(0.8 * log2(0.8) + 0.2 * log2(0.2)), TextEntropy.unigramBits(text), 1e-12);
    }

    @Test
    void splitIsByPosition() {
        TextCorpus corpus = TextCorpus.of("t", "abcdefghij", 1);
        TextCorpus.Split split = corpus.split(0.2);
        assertEquals("abcdefgh", corpus.vocabulary().decode(split.train()));
        assertEquals("ij", corpus.vocabulary().decode(split.validation()));
    }

    @Test
    void iteratorGivesOneHotInputsAndNextCharacterTargets() {
        TextCorpus corpus = TextCorpus.of("t", "abcdefghijklmnopqrstu", 1);
        CharSequenceIterator iterator = new CharSequenceIterator(corpus.encoded(), corpus.vocabulary(), 5, 2, true, 3);
        assertEquals(4, iterator.sequences());
        DataSet batch = iterator.next();
        assertArrayEquals(new long[]{2, 21, 5}, batch.getFeatures().shape());
        assertArrayEquals(new long[]{2, 21, 5}, batch.getLabels().shape());
        assertEquals(10, batch.getFeatures().sumNumber().intValue(), "one hot per step");
        for (int b = 0; b < 2; b++) {
            for (int t = 0; t < 5; t++) {
                int input = batch.getFeatures().get(NDArrayIndex.point(b),
                        NDArrayIndex.all(), NDArrayIndex.point(t)).argMax().getInt();
                int target = batch.getLabels().get(NDArrayIndex.point(b),
                        NDArrayIndex.all(), NDArrayIndex.point(t)).argMax().getInt();
                assertEquals(input + 1, target, "the target is the next letter");
                if (t > 0) {
                    assertEquals(input, previousInput(batch, b, t) + 1, "inputs are consecutive");
                }
            }
        }
        float[] again = new CharSequenceIterator(corpus.encoded(), corpus.vocabulary(), 5, 2, true, 3).next().getFeatures().dup().data().asFloat();
        assertArrayEquals(batch.getFeatures().dup().data().asFloat(), again, "same seed, same batches");
    }

    @Test
    void fileProblemsAreNamed() throws Exception {
        assertProblem(dir.resolve("absent.txt"), "does not exist");
        assertProblem(Files.write(dir.resolve("empty.txt"), new byte[0]), "is empty (0 bytes)");
        assertProblem(Files.write(dir.resolve("latin1.txt"), new byte[]{'c', 'a', 'f', (byte) 0xe9, ' ', 'x'}),
                "is not valid UTF-8 text: bad byte sequence at byte offset 3");
        assertProblem(Files.write(dir.resolve("binary.bin"), new byte[]{'a', 'b', 0, 'c'}),
                "contains a NUL byte at byte offset 2");
        assertProblem(Files.writeString(dir.resolve("one.txt"), "\uFEFFa"), "fewer than 2 characters");
    }

    private static int previousInput(DataSet batch, int b, int t) {
        return batch.getFeatures().get(NDArrayIndex.point(b),
                NDArrayIndex.all(), NDArrayIndex.point(t - 1)).argMax().getInt();
    }

    private static void assertProblem(Path file, String expected) {
        DatasetException e = assertThrows(DatasetException.class, () -> TextCorpus.read(file, 1));
        assertTrue(e.getMessage().contains(file.getFileName() + "' "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    private static double log2(double p) {
        return Math.log(p) / Math.log(2);
    }
}

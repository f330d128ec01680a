package dev.workbench.lessons.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped breast cancer table reads as documented; a damaged copy is refused with file, line and problem. */
class LabeledTableCsvTest {
    private static final List<String> THREE = List.of("a", "b", "c");

    @TempDir
    Path dir;

    @Test
    void shippedBreastCancerTableHasItsDocumentedShape() throws Exception {
        LabeledTable table = BreastCancer.shipped();
        assertEquals(569, table.size());
        assertEquals(30, table.featureCount());
        assertEquals(List.of("malignant", "benign"), table.classNames());
        int malignant = 0;
        for (int i = 0; i < table.size(); i++) {
            malignant += table.label(i) == BreastCancer.MALIGNANT ? 1 : 0;
        }
        assertEquals(212, malignant);
        assertEquals("mean radius", table.columns().get(0));
        assertEquals("worst fractal dimension", table.columns().get(29));
        assertEquals(17.99f, table.features(0)[0], 1e-6f, "first row, mean radius");
        assertEquals(0.1189f, table.features(0)[29], 1e-6f, "first row, worst fractal dimension");
    }

    @Test
    void aWellFormedSmallTableReads() throws Exception {
        LabeledTable table = LabeledTableCsv.read(write("2,3,no,yes\n1,2,3,0\r\n-4.5,5e-1,.5,1\n\n"), THREE);
        assertEquals(2, table.size());
        assertEquals(1, table.label(1));
        assertEquals(0.5f, table.features(1)[1], 0f);
    }

    @Test
    void damagedFilesNameTheFileTheLineAndTheProblem() throws Exception {
        refused("", "is empty");
        refused("x,3,no,yes\n1,2,3,0\n", "line 1");
        refused("1,3,no\n1,2,3,0\n", "line 1");
        refused("1,4,no,yes\n1,2,3,0\n", "says 4 features, expected 3");
        refused("2,3,no,yes\n1,2,3,0\n", "promises 2 rows, but the file has 1");
        refused("2,3,no,yes\n1,2,3,0\n1,2,0\n", "line 3: has 3 cells, expected 4");
        refused("1,3,no,yes\n1,two,3,0\n", "line 2: 'two' in column 'b' is not a number");
        refused("1,3,no,yes\n1,2,1e999,0\n", "line 2: '1e999' in column 'c' is too large");
        refused("1,3,no,yes\n1,2,3,2\n", "line 2: class '2' is not one of 0 to 1");
        refused("1,3,no,yes\n1,2,3,yes\n", "line 2: class 'yes'");
        DatasetException missing = assertThrows(DatasetException.class,
                () -> LabeledTableCsv.read(dir.resolve("absent.csv"), THREE));
        assertTrue(missing.getMessage().contains("absent.csv"), missing.getMessage());
    }

    private void refused(String content, String problem) throws Exception {
        Path file = write(content);
        DatasetException e = assertThrows(DatasetException.class, () -> LabeledTableCsv.read(file, THREE), content);
        assertTrue(e.getMessage().contains("table.csv"), e.getMessage());
        assertTrue(e.getMessage().contains(problem), "expected '" + problem + "' in: " + e.getMessage());
        assertEquals(file, e.file());
    }

    private Path write(String content) throws Exception {
        return Files.writeString(dir.resolve("table.csv"), content);
    }
}

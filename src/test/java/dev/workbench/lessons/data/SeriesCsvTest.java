package dev.workbench.lessons.data;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeriesCsvTest {
    @TempDir
    Path dir;

    @Test
    void readsNamedColumnsInFileOrderWithTimes() throws Exception {
        Path file = write("w.csv", "\uFEFFdate, temp ,\"wind\"\r\n2020-01,1.5,3\r\n2020-02,-2,4e1\r\n2020-03,.5,\"5\"\r\n\r\n");
        Series series = SeriesCsv.read(file, "date", List.of("wind", "temp"), MissingValues.REFUSE);
        assertEquals(List.of("wind", "temp"), series.columns());
        assertArrayEquals(new double[]{3, 40, 5}, series.column(0));
        assertArrayEquals(new double[]{1.5, -2, 0.5}, series.column(1));
        assertEquals(List.of("2020-01", "2020-02", "2020-03"), series.times());
        assertEquals(0, series.filledCells());
        assertEquals(List.of(), SeriesCsv.read(file, List.of("temp"), MissingValues.REFUSE).times());
    }

    @Test
    void missingFileIsNamed() {
        assertProblem(dir.resolve("absent.csv"), List.of("v"), "absent.csv' does not exist");
    }

    @Test
    void emptyFileIsNamed() throws Exception {
        assertProblem(write("empty.csv", ""), List.of("v"), "empty.csv' is empty (0 bytes)");
        assertProblem(write("blank.csv", "\n\n"), List.of("v"), "blank.csv' is empty: it has no header line");
    }

    @Test
    void headerWithoutRowsIsNamed() throws Exception {
        assertProblem(write("header.csv", "t,v\n"), List.of("v"), "header.csv' has a header line but no data rows");
    }

    @Test
    void raggedRowNamesItsLine() throws Exception {
        assertProblem(write("ragged.csv", "t,v\n1,2\n2,3,4\n"), List.of("v"),
                "ragged.csv' has 3 cells on line 3, but its header has 2");
    }

    @Test
    void nonNumericCellNamesValueColumnAndLine() throws Exception {
        assertProblem(write("x.csv", "t,temp\n" + "1,2\n".repeat(15) + "16,abc\n"), List.of("temp"),
                "Dataset file '" + dir.resolve("x.csv") + "' has a non-numeric value 'abc' in column 'temp' on line 17");
        assertProblem(write("hex.csv", "v\n0x1F\n"), List.of("v"), "non-numeric value '0x1F'");
        assertProblem(write("inf.csv", "v\nInfinity\n"), List.of("v"), "non-numeric value 'Infinity'");
    }

    @Test
    void unknownColumnListsTheColumnsThereAre() throws Exception {
        assertProblem(write("cols.csv", "date,temp\n1,2\n"), List.of("tmp"), "has no column 'tmp'; its columns are: date, temp");
    }

    @Test
    void missingValuesAreRefusedByDefaultPolicyWithLineAndColumn() throws Exception {
        Path file = write("gaps.csv", "t,v\n1,1\n2,\n3,NA\n4,4\n");
        assertProblem(file, List.of("v"), "has a missing value (an empty cell) in column 'v' on line 3");
        assertProblem(write("nan.csv", "t,v\n1,1\n2,NaN\n"), List.of("v"), "has a missing value 'NaN' in column 'v' on line 3");
    }

    @Test
    void interpolationFillsGapsLinearlyAndEndsWithTheNearestValue() throws Exception {
        Path file = write("gaps.csv", "v,w\n,0\n1,0\nNA,0\nnan,0\n4,0\n,0\n");
        Series series = SeriesCsv.read(file, List.of("v"), MissingValues.INTERPOLATE);
        assertArrayEquals(new double[]{1, 1, 2, 3, 4, 4}, series.column(0), 1e-12);
        assertEquals(4, series.filledCells());
        assertProblem(write("none.csv", "v\nNA\n\n"), List.of("v"), MissingValues.INTERPOLATE, "has no values at all in column 'v'");
    }

    @Test
    void invalidTextIsNamed() throws Exception {
        Path latin1 = dir.resolve("latin1.csv");
        Files.write(latin1, "t,v\n1,caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(latin1, List.of("v"), "is not valid UTF-8 text: bad byte sequence at byte offset 9");
        assertProblem(write("quote.csv", "t,v\n\"1,2\n"), List.of("v"), "has a quote that is not closed on line 2");
    }

    private Path write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    private static void assertProblem(Path file, List<String> columns, String expected) {
        assertProblem(file, columns, MissingValues.REFUSE, expected);
    }

    private static void assertProblem(Path file, List<String> columns, MissingValues policy, String expected) {
        DatasetException e = assertThrows(DatasetException.class, () -> SeriesCsv.read(file, columns, policy));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().contains(file.getFileName().toString()), e.getMessage());
        assertEquals(file, e.file());
    }
}

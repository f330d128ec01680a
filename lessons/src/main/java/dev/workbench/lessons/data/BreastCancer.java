package dev.workbench.lessons.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Breast Cancer Wisconsin (Diagnostic) table shipped in {@code datasets/tabular/}: 569 rows of
 * 30 measurements of cell nuclei, each labelled malignant (0) or benign (1). See that folder's README.
 */
public final class BreastCancer {
    public static final String FOLDER = "tabular";
    public static final String FILE = "breast_cancer.csv";
    public static final int MALIGNANT = 0;
    public static final int BENIGN = 1;
    /** The ten measurements of each nucleus, in column order. */
    public static final List<String> MEASUREMENTS = List.of("radius", "texture", "perimeter", "area", "smoothness",
            "compactness", "concavity", "concave points", "symmetry", "fractal dimension");
    /** The three summaries of each measurement over an image's nuclei, in column order. */
    public static final List<String> SUMMARIES = List.of("mean", "standard error", "worst");
    /** The 30 column names: every measurement's mean, then its standard error, then its worst value. */
    public static final List<String> COLUMNS = columns();

    private BreastCancer() {
    }

    public static LabeledTable shipped() throws DatasetException {
        return load(DatasetLocator.datasetsRoot().resolve(FOLDER).resolve(FILE));
    }

    public static LabeledTable load(Path file) throws DatasetException {
        return LabeledTableCsv.read(file, COLUMNS);
    }

    private static List<String> columns() {
        List<String> names = new ArrayList<>();
        for (String summary : SUMMARIES) {
            for (String measurement : MEASUREMENTS) {
                names.add(summary + " " + measurement);
            }
        }
        return List.copyOf(names);
    }
}

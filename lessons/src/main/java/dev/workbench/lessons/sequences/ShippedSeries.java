package dev.workbench.lessons.sequences;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The series shipped in {@code datasets/series/}: which file, which columns, which unit, and the
 * season a seasonal-naive forecast looks back by.
 */
public enum ShippedSeries {
    SEATTLE("seattle", "seattle-temps.csv", "date", "temp", "°F", 24, "hourly air temperature in Seattle, 2010"),
    CO2("co2", "co2.csv", "date", "co2", "ppm", 52, "weekly CO2 at Mauna Loa, 1958-2001 (gaps interpolated)"),
    SUNSPOTS("sunspots", "sunspots.csv", "YEAR", "SUNACTIVITY", "", 11, "yearly sunspot number, 1700-2008");

    private final String cliName;
    private final String file;
    private final String timeColumn;
    private final String valueColumn;
    private final String unit;
    private final int season;
    private final String description;

    ShippedSeries(String cliName, String file, String timeColumn, String valueColumn, String unit, int season,
                  String description) {
        this.cliName = cliName;
        this.file = file;
        this.timeColumn = timeColumn;
        this.valueColumn = valueColumn;
        this.unit = unit;
        this.season = season;
        this.description = description;
    }

    public String cliName() {
        return cliName;
    }

    public String file() {
        return file;
    }

    public String timeColumn() {
        return timeColumn;
    }

    public String valueColumn() {
        return valueColumn;
    }

    /** The unit of the values and of every error in them. */
    public String unit() {
        return unit;
    }

    /** Rows per season: a day of hours, a year of weeks, a solar cycle of years. */
    public int season() {
        return season;
    }

    public String description() {
        return description;
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(ShippedSeries::cliName).toList();
    }

    public static ShippedSeries named(String name) {
        return Arrays.stream(values()).filter(s -> s.cliName.equals(name.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no series '" + name + "'; choose one of " + cliNames()));
    }
}

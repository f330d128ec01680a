package dev.workbench.lessons.sequences;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The series shipped in {@code datasets/series/}: which file, which columns, which unit, and the
 * season a seasonal-naive forecast looks back by.
 */
public enum ShippedSeries {
    SEATTLE("seattle", "seattle-temps.csv", "date", "temp", "°F", "Temperature (°F)", 24,
            "hourly air temperature in Seattle, 2010"),
    CO2("co2", "co2.csv", "date", "co2", "ppm", "CO2 (ppm)", 52, "weekly CO2 at Mauna Loa, 1958-2001 (gaps interpolated)"),
    /** A sunspot number (Wolf's: ten per group plus one per spot) has no unit. */
    SUNSPOTS("sunspots", "sunspots.csv", "YEAR", "SUNACTIVITY", "", "Sunspot number", 11, "yearly sunspot number, 1700-2008");

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    private final String cliName;
    private final String file;
    private final String timeColumn;
    private final String valueColumn;
    private final String unit;
    private final String valueLabel;
    private final int season;
    private final String description;

    ShippedSeries(String cliName, String file, String timeColumn, String valueColumn, String unit, String valueLabel,
                  int season, String description) {
        this.cliName = cliName;
        this.file = file;
        this.timeColumn = timeColumn;
        this.valueColumn = valueColumn;
        this.unit = unit;
        this.valueLabel = valueLabel;
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

    /** What the values are, with the unit: for an axis. */
    public String valueLabel() {
        return valueLabel;
    }

    /** How far a recursive forecast reaches by default: two seasons (48 hours, two years, two solar cycles). */
    public int forecastSteps() {
        return 2 * season;
    }

    /** A row's time as a student reads it: "Nov 3 14:00", "1987-03-29", "1848". */
    public String displayTime(String raw) {
        try {
            return switch (this) {
                case SEATTLE -> MONTHS[Integer.parseInt(raw.substring(5, 7)) - 1] + " " + Integer.parseInt(raw.substring(8, 10))
                        + " " + raw.substring(11);
                case CO2 -> raw.substring(0, 4) + "-" + raw.substring(4, 6) + "-" + raw.substring(6, 8);
                case SUNSPOTS -> raw;
            };
        } catch (RuntimeException notTheShippedFormat) {
            return raw;
        }
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

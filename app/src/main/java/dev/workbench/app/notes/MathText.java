package dev.workbench.app.notes;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the small TeX formulas of lesson notes into readable text pieces: Greek letters and
 * operators become Unicode, {@code _{..}} and {@code ^{..}} become subscript and superscript
 * pieces, sizing commands like {@code \Big} disappear. It is not a TeX engine, only enough to
 * read a formula aloud in class.
 */
public final class MathText {
    /** How a piece sits on the line. */
    public enum Position { NORMAL, SUB, SUPER }

    public record Piece(String text, Position position) {
    }

    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("alpha", "α"), Map.entry("beta", "β"), Map.entry("gamma", "γ"), Map.entry("delta", "δ"),
            Map.entry("epsilon", "ε"), Map.entry("eta", "η"), Map.entry("theta", "θ"), Map.entry("lambda", "λ"),
            Map.entry("mu", "μ"), Map.entry("pi", "π"), Map.entry("rho", "ρ"), Map.entry("sigma", "σ"),
            Map.entry("tau", "τ"), Map.entry("phi", "φ"), Map.entry("omega", "ω"), Map.entry("Sigma", "Σ"),
            Map.entry("Delta", "Δ"), Map.entry("nabla", "∇"), Map.entry("partial", "∂"),
            Map.entry("sum", "Σ"), Map.entry("prod", "Π"), Map.entry("int", "∫"), Map.entry("infty", "∞"),
            Map.entry("approx", "≈"), Map.entry("neq", "≠"), Map.entry("leq", "≤"), Map.entry("geq", "≥"),
            Map.entry("le", "≤"), Map.entry("ge", "≥"), Map.entry("times", "×"), Map.entry("cdot", "·"),
            Map.entry("pm", "±"), Map.entry("to", "→"), Map.entry("rightarrow", "→"), Map.entry("leftarrow", "←"),
            Map.entry("in", "∈"), Map.entry("log", "log"), Map.entry("ln", "ln"), Map.entry("exp", "exp"),
            Map.entry("max", "max"), Map.entry("min", "min"), Map.entry("tanh", "tanh"),
            Map.entry(",", " "), Map.entry(";", " "), Map.entry("quad", "  "), Map.entry("qquad", "    "),
            Map.entry("{", "{"), Map.entry("}", "}"), Map.entry("%", "%"), Map.entry("_", "_"));
    private static final List<String> DROPPED = List.of(
            "Big", "big", "Bigg", "bigg", "left", "right", "mathrm", "mathbf", "text", "operatorname", "displaystyle");

    private MathText() {
    }

    public static List<Piece> parse(String tex) {
        List<Piece> pieces = new ArrayList<>();
        parse(tex.trim(), Position.NORMAL, pieces);
        return merge(pieces);
    }

    /** The formula as one plain string (scripts written inline), e.g. for tooltips and tests. */
    public static String plain(String tex) {
        StringBuilder text = new StringBuilder();
        for (Piece piece : parse(tex)) {
            text.append(piece.text());
        }
        return text.toString();
    }

    private static void parse(String tex, Position position, List<Piece> out) {
        int i = 0;
        StringBuilder run = new StringBuilder();
        while (i < tex.length()) {
            char c = tex.charAt(i);
            if (c == '\\') {
                int j = i + 1;
                if (j < tex.length() && !Character.isLetter(tex.charAt(j))) {
                    String symbol = SYMBOLS.getOrDefault(String.valueOf(tex.charAt(j)), String.valueOf(tex.charAt(j)));
                    run.append(symbol);
                    i = j + 1;
                    continue;
                }
                while (j < tex.length() && Character.isLetter(tex.charAt(j))) {
                    j++;
                }
                String name = tex.substring(i + 1, j);
                if (!DROPPED.contains(name)) {
                    String symbol = SYMBOLS.getOrDefault(name, name);
                    run.append(symbol);
                    if (symbol.length() > 1 && Character.isLetter(symbol.charAt(0))
                            && j < tex.length() && Character.isLetterOrDigit(tex.charAt(j))) {
                        run.append(' ');
                    }
                }
                i = j;
            } else if ((c == '_' || c == '^') && i + 1 < tex.length()) {
                flush(run, position, out);
                int end = groupEnd(tex, i + 1);
                String group = tex.substring(i + 1, end);
                if (group.startsWith("{") && group.endsWith("}")) {
                    group = group.substring(1, group.length() - 1);
                }
                parse(group, c == '_' ? Position.SUB : Position.SUPER, out);
                i = end;
            } else if (c == '{' || c == '}') {
                i++;
            } else {
                run.append(c);
                i++;
            }
        }
        flush(run, position, out);
    }

    /** End (exclusive) of the script argument starting at {@code start}: a {...} group or one character. */
    private static int groupEnd(String tex, int start) {
        if (tex.charAt(start) == '{') {
            int depth = 0;
            for (int k = start; k < tex.length(); k++) {
                if (tex.charAt(k) == '{') {
                    depth++;
                } else if (tex.charAt(k) == '}' && --depth == 0) {
                    return k + 1;
                }
            }
            return tex.length();
        }
        if (tex.charAt(start) == '\\') {
            int k = start + 1;
            while (k < tex.length() && Character.isLetter(tex.charAt(k))) {
                k++;
            }
            return Math.max(k, start + 2);
        }
        return start + 1;
    }

    private static void flush(StringBuilder run, Position position, List<Piece> out) {
        if (!run.isEmpty()) {
            out.add(new Piece(run.toString(), position));
            run.setLength(0);
        }
    }

    private static List<Piece> merge(List<Piece> pieces) {
        List<Piece> merged = new ArrayList<>();
        for (Piece piece : pieces) {
            if (!merged.isEmpty() && merged.get(merged.size() - 1).position() == piece.position()) {
                Piece last = merged.remove(merged.size() - 1);
                merged.add(new Piece(last.text() + piece.text(), piece.position()));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }
}

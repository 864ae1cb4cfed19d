package pl.wspolnie.budget.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.math.RoundingMode;

/** One line of a project's cost estimate: what, and how much (scale 2). */
public record CostLine(String item, BigDecimal amount) {

    /** The total of the lines, scale 2. */
    public static BigDecimal total(List<CostLine> lines) {
        return lines.stream()
            .map(CostLine::amount)
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .setScale(2, RoundingMode.UNNECESSARY);
    }

    /**
     * The stored form: one line each, "1234.50<TAB>item" (tabs and line breaks of the
     * item become spaces).
     */
    static String encode(List<CostLine> lines) {
        StringBuilder out = new StringBuilder();
        for (CostLine l : lines) {
            out.append(Amounts.plain(l.amount()))
                .append('\t')
                .append(l.item().replaceAll("[\\t\\r\\n]+", " ").strip())
                .append('\n');
        }
        return out.toString();
    }

    static List<CostLine> decode(String text) {
        List<CostLine> lines = new ArrayList<>();
        if (text == null) {
            return lines;
        }
        for (String line : text.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                lines.add(new CostLine(line.substring(tab + 1), new BigDecimal(line.substring(0, tab))));
            }
        }
        return lines;
    }

}

package pl.wspolnie.diagnosis.web;

import pl.wspolnie.diagnosis.domain.QuestionKind;
import pl.wspolnie.diagnosis.domain.SurveyResults;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of a choice or scale question's counts (of a matrix's row means,
 * of a rank order's first places), drawn as SVG by the results page: a bar an option, its
 * length the percentage, the option's label (cut when long; the table under the chart has
 * it whole) and the count with the percentage; its description says every figure for
 * screen readers.
 */
record SurveyBarChart(int width, int height, String description, List<Bar> bars) {

    /** Where the bars start (after the labels). */
    public int barX() {
        return LABEL_WIDTH;
    }

    /** One bar: where it stands and what it says. */
    record Bar(String label, int y, int barWidth, int valueX, String value) {
    }

    static final int ROW = 28;

    static final int LABEL_WIDTH = 230;

    static final int BAR_AREA = 300;

    private static final int LABEL_CHARS = 30;

    private static final DecimalFormatSymbols POLISH = DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl"));

    static SurveyBarChart of(List<SurveyResults.OptionCount> options) {
        DecimalFormat percent = new DecimalFormat("0.0", POLISH);
        List<Item> items = new ArrayList<>();
        for (SurveyResults.OptionCount o : options) {
            items.add(new Item(o.label(), o.percent() / 100.0, o.count() + " (" + percent.format(o.percent()) + " %)"));
        }
        return draw(items);
    }

    /** The mean of each row of a matrix: a bar's length the mean on the 1–5 scale. */
    static SurveyBarChart ofMeans(List<SurveyResults.RowResult> rows) {
        DecimalFormat mean = new DecimalFormat("0.0", POLISH);
        List<Item> items = new ArrayList<>();
        for (SurveyResults.RowResult r : rows) {
            items.add(new Item(r.label(), r.mean() / QuestionKind.SCALE_MAX,
                    mean.format(r.mean()) + " / " + QuestionKind.SCALE_MAX));
        }
        return draw(items);
    }

    /** A bar's label, its length (0–1) and the figure it says. */
    private record Item(String label, double share, String value) {
    }

    private static SurveyBarChart draw(List<Item> items) {
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            int barWidth = (int) Math.round(BAR_AREA * item.share());
            String label = item.label().length() > LABEL_CHARS ? item.label().substring(0, LABEL_CHARS - 1) + "…"
                    : item.label();
            bars.add(new Bar(label, i * ROW + 4, barWidth, LABEL_WIDTH + barWidth + 6, item.value()));
            said.add(item.label() + ": " + item.value());
        }
        return new SurveyBarChart(LABEL_WIDTH + BAR_AREA + 90, items.size() * ROW + 8, String.join("; ", said), bars);
    }

}

package pl.wspolnie.diagnosis.web;

import pl.wspolnie.diagnosis.domain.SurveyResults;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of a choice or scale question's counts, drawn as SVG by the
 * results page: a bar an option, its length the percentage, the option's label (cut when
 * long; the table under the chart has it whole) and the count with the percentage; its
 * description says every figure for screen readers.
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

    static SurveyBarChart of(List<SurveyResults.OptionCount> options) {
        DecimalFormat percent = new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("pl")));
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            SurveyResults.OptionCount o = options.get(i);
            String value = o.count() + " (" + percent.format(o.percent()) + " %)";
            int barWidth = (int) Math.round(BAR_AREA * o.percent() / 100.0);
            String label = o.label().length() > LABEL_CHARS ? o.label().substring(0, LABEL_CHARS - 1) + "…" : o.label();
            bars.add(new Bar(label, i * ROW + 4, barWidth, LABEL_WIDTH + barWidth + 6, value));
            said.add(o.label() + ": " + value);
        }
        return new SurveyBarChart(LABEL_WIDTH + BAR_AREA + 90, options.size() * ROW + 8, String.join("; ", said), bars);
    }

}

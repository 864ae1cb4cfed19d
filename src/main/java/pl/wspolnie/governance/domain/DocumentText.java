package pl.wspolnie.governance.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document's text split into paragraphs: a line starting with "§ 3." starts paragraph
 * "§ 3" (anchor "§3", a permanent link within a version); other lines continue the
 * current paragraph; text before the first "§" is the preamble. The diff of two versions
 * matches paragraphs by their label.
 */
public final class DocumentText {

    private static final Pattern PARAGRAPH = Pattern.compile("^§\\s*(\\d+[a-z]?)\\s*\\.?\\s*(.*)$");

    /** A paragraph: its label ("§ 3", empty for the preamble), anchor and text. */
    public record Paragraph(String label, String anchor, String body) {
    }

    public enum Change {

        UNCHANGED, CHANGED, ADDED, REMOVED

    }

    /** A row of the diff: the paragraph's label and anchor, its text before and after. */
    public record DiffRow(String label, String anchor, String before, String after, Change change) {
    }

    private DocumentText() {
    }

    public static List<Paragraph> paragraphs(String text) {
        List<Paragraph> result = new ArrayList<>();
        String label = "";
        String anchor = "preambula";
        StringBuilder body = new StringBuilder();
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").split("\n")) {
            String line = raw.strip();
            Matcher m = PARAGRAPH.matcher(line);
            if (m.matches()) {
                add(result, label, anchor, body);
                label = "§ " + m.group(1);
                anchor = "§" + m.group(1);
                body.setLength(0);
                body.append(m.group(2));
            }
            else if (!line.isEmpty()) {
                body.append(body.isEmpty() ? "" : "\n").append(line);
            }
        }
        add(result, label, anchor, body);
        return result;
    }

    private static void add(List<Paragraph> result, String label, String anchor, StringBuilder body) {
        if (!label.isEmpty() || !body.isEmpty()) {
            result.add(new Paragraph(label, anchor, body.toString()));
        }
    }

    /** What changed from one version's paragraphs to another's, in the later order. */
    public static List<DiffRow> diff(List<Paragraph> before, List<Paragraph> after) {
        Map<String, Paragraph> old = new LinkedHashMap<>();
        before.forEach(p -> old.put(p.anchor(), p));
        List<DiffRow> rows = new ArrayList<>();
        for (Paragraph now : after) {
            Paragraph was = old.remove(now.anchor());
            if (was == null) {
                rows.add(new DiffRow(now.label(), now.anchor(), null, now.body(), Change.ADDED));
            }
            else {
                rows.add(new DiffRow(now.label(), now.anchor(), was.body(), now.body(),
                        was.body().equals(now.body()) ? Change.UNCHANGED : Change.CHANGED));
            }
        }
        old.values().forEach(p -> rows.add(new DiffRow(p.label(), p.anchor(), p.body(), null, Change.REMOVED)));
        return rows;
    }

}

package pl.wspolnie.consultations.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The draft typed as plain text and split into items: a line starting with "Rozdział" (or
 * "Chapter") starts a chapter heading (the line's first words up to a full stop or dash
 * are its label: "Rozdział 1. Zasady" → label "Rozdział 1", heading "Zasady"); a line
 * starting with "§" starts a paragraph ("§ 3. Text" → label "§ 3"); every other line
 * continues the current paragraph. Text before the first marker is an unlabelled
 * paragraph (the preamble). The reverse, {@link #format(List)}, gives the text back for
 * editing the next version.
 */
public final class DraftText {

    public record Item(ItemKind kind, String label, String body) {
    }

    private static final Pattern CHAPTER = Pattern.compile(
            "^((?:Rozdział|Rozdzial|Chapter|Dział)\\s+[\\w.]+?)\\s*[.:–-]?\\s+(.*)$|^((?:Rozdział|Rozdzial|Chapter|Dział)\\s+\\S+?)\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

    private static final Pattern PARAGRAPH = Pattern.compile("^§\\s*(\\d+[a-z]?)\\s*\\.?\\s*(.*)$");

    private DraftText() {
    }

    public static List<Item> parse(String text) {
        List<Item> items = new ArrayList<>();
        ItemKind kind = null;
        String label = null;
        StringBuilder body = new StringBuilder();
        for (String raw : text.replace("\r\n", "\n").replace('\r', '\n').split("\n")) {
            String line = raw.strip();
            Matcher chapter = CHAPTER.matcher(line);
            Matcher paragraph = PARAGRAPH.matcher(line);
            if (chapter.matches() || paragraph.matches()) {
                flush(items, kind, label, body);
                body.setLength(0);
                if (chapter.matches()) {
                    kind = ItemKind.CHAPTER;
                    label = chapter.group(1) != null ? chapter.group(1) : chapter.group(3);
                    body.append(chapter.group(1) != null ? chapter.group(2) : "");
                }
                else {
                    kind = ItemKind.PARAGRAPH;
                    label = "§ " + paragraph.group(1);
                    body.append(paragraph.group(2));
                }
            }
            else {
                if (kind == null) {
                    kind = ItemKind.PARAGRAPH;
                }
                if (kind == ItemKind.CHAPTER && !line.isEmpty()) {
                    // text after a chapter heading without a § belongs to an unlabelled
                    // paragraph
                    flush(items, kind, label, body);
                    body.setLength(0);
                    kind = ItemKind.PARAGRAPH;
                    label = null;
                }
                if (body.length() > 0 || !line.isEmpty()) {
                    body.append(body.length() > 0 ? "\n" : "").append(line);
                }
            }
        }
        flush(items, kind, label, body);
        return items;
    }

    private static void flush(List<Item> items, ItemKind kind, String label, StringBuilder body) {
        if (kind == null) {
            return;
        }
        String text = body.toString().strip();
        if (kind == ItemKind.PARAGRAPH && label == null && text.isEmpty()) {
            return;
        }
        items.add(new Item(kind, label, text));
    }

    public static String format(List<DraftItem> items) {
        StringBuilder out = new StringBuilder();
        for (DraftItem item : items) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            if (item.getLabel() != null) {
                out.append(item.getLabel()).append(item.isChapter() ? ". " : ". ");
            }
            out.append(item.getBody());
        }
        return out.toString().strip();
    }

}

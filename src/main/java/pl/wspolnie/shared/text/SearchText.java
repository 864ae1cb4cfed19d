package pl.wspolnie.shared.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Search that forgives Polish diacritics and word forms. Stored text is folded (lower
 * case, no diacritics: "Żółw" → "zolw"); each query word is folded, cut to its stem and
 * matched as a prefix, so "sport" and "sportowy" both find "sportowe", "zolw" finds
 * "żółw". The database side is {@code to_tsvector('simple', folded_text)}; see
 * {@link #toTsQuery(String)}.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static final Locale PL = Locale.forLanguageTag("pl");

    private static final int MAX_TERMS = 8;

    /**
     * Polish inflection and derivation endings, longest first. Only cut when a 4-letter
     * stem is left.
     */
    private static final String[] SUFFIXES = { "owiami", "owych", "owymi", "owego", "owemu", "owej", "owie", "owym",
            "owy", "owa", "owe", "owi", "ach", "ami", "ego", "emu", "iej", "ich", "ych", "imi", "ymi", "om", "ow", "ie",
            "ia", "iu", "ej", "ym", "im", "a", "e", "i", "o", "u", "y" };

    private static final int MIN_STEM = 4;

    private SearchText() {
    }

    /** Lower case without diacritics, words separated by single spaces. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(PL).replace('ł', 'l');
        String stripped = MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
        return NON_WORD.matcher(stripped).replaceAll(" ").strip();
    }

    /** The stem a query word is matched by (as a prefix). */
    public static String stem(String foldedWord) {
        for (String suffix : SUFFIXES) {
            if (foldedWord.endsWith(suffix) && foldedWord.length() - suffix.length() >= MIN_STEM) {
                return foldedWord.substring(0, foldedWord.length() - suffix.length());
            }
        }
        return foldedWord;
    }

    /**
     * Folded, stemmed query words (at most 8), empty when the query has no letters or
     * digits.
     */
    public static List<String> terms(String query) {
        List<String> terms = new ArrayList<>();
        String folded = fold(query);
        if (folded.isEmpty()) {
            return terms;
        }
        for (String word : folded.split(" ")) {
            if (!word.isEmpty() && terms.size() < MAX_TERMS) {
                String s = stem(word);
                if (!terms.contains(s)) {
                    terms.add(s);
                }
            }
        }
        return terms;
    }

    /**
     * A PostgreSQL tsquery text for {@code to_tsquery('simple', ?)}: every term as a
     * prefix, all required ("sport:* & dziec:*"); null when the query is empty. Terms
     * contain only letters and digits, so the result is always a valid tsquery.
     */
    public static String toTsQuery(String query) {
        List<String> terms = terms(query);
        if (terms.isEmpty()) {
            return null;
        }
        return String.join(" & ", terms.stream().map(t -> t + ":*").toList());
    }

}

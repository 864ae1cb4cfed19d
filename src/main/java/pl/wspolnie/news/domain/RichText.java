package pl.wspolnie.news.domain;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import pl.wspolnie.shared.domain.RuleViolation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Map;

/**
 * Rich text of news and articles, sanitised on save with the OWASP Java HTML Sanitizer:
 * headings, paragraphs, lists, emphasis, links (http, https, mailto) and images with
 * alternative text; no scripts, no event handlers, no javascript: links. Images without
 * alternative text are refused before sanitising, so the author can fix the text they
 * typed.
 */
public final class RichText {

    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
        .allowElements("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "blockquote", "a",
                "img")
        .allowUrlProtocols("http", "https", "mailto")
        .allowAttributes("href")
        .onElements("a")
        .requireRelNofollowOnLinks()
        .allowAttributes("src", "alt")
        .onElements("img")
        .toFactory();

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);

    private static final Pattern ALT = Pattern
        .compile("\\balt\\s*=\\s*(\"\\s*[^\"\\s][^\"]*\"|'\\s*[^'\\s][^']*'|[^\\s\"'>]+)", Pattern.CASE_INSENSITIVE);

    private RichText() {
    }

    /**
     * Safe HTML for the field; throws a field error when an image has no alternative
     * text.
     */
    public static String sanitise(String field, String html) {
        if (html == null) {
            return "";
        }
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            if (!ALT.matcher(img.group()).find()) {
                throw new RuleViolation(field, "news.richText.imageWithoutAlt");
            }
        }
        return POLICY.sanitize(html);
    }

    /** The text without any markup (search text, feed summaries, mails). */
    public static String plain(String html) {
        return unescape((html == null ? "" : html).replaceAll("<[^>]*>", " ")).replaceAll("\\s+", " ").trim();
    }

    private static final Pattern ENTITY = Pattern.compile("&(?:#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]{2,8}));");

    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'",
            "nbsp", "\u00a0");

    /**
     * Character references as the sanitizer writes them (numeric, and the few named ones)
     * back to characters.
     */
    static String unescape(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement;
            if (m.group(3) != null) {
                replacement = NAMED.getOrDefault(m.group(3), m.group());
            }
            else {
                int code = m.group(1) != null ? Integer.parseInt(m.group(1)) : Integer.parseInt(m.group(2), 16);
                replacement = Character.isValidCodePoint(code) ? new String(Character.toChars(code)) : m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

}

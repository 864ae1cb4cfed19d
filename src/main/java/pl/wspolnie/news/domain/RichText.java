package pl.wspolnie.news.domain;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import pl.wspolnie.shared.web.BusinessRuleViolation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rich text of news and articles, sanitised on save with the OWASP Java HTML Sanitizer: headings, paragraphs,
 * lists, emphasis, links (http, https, mailto) and images with alternative text; no scripts, no event handlers,
 * no javascript: links. Images without alternative text are refused before sanitising, so the author can fix
 * the text they typed.
 */
public final class RichText {

    public static final int MAX_LENGTH = 20_000;

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "br", "ul", "ol", "li", "strong", "em", "b", "i", "blockquote", "a", "img")
            .allowUrlProtocols("http", "https", "mailto")
            .allowAttributes("href").onElements("a")
            .requireRelNofollowOnLinks()
            .allowAttributes("src", "alt").onElements("img")
            .toFactory();

    private static final Pattern IMG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*(\"\\s*[^\"\\s][^\"]*\"|'\\s*[^'\\s][^']*'|[^\\s\"'>]+)",
            Pattern.CASE_INSENSITIVE);

    private RichText() {
    }

    /** Safe HTML for the field; throws a field error when an image has no alternative text. */
    public static String sanitise(String field, String html) {
        if (html == null) {
            return "";
        }
        Matcher img = IMG.matcher(html);
        while (img.find()) {
            if (!ALT.matcher(img.group()).find()) {
                throw new BusinessRuleViolation(field, "news.richText.imageWithoutAlt");
            }
        }
        return POLICY.sanitize(html);
    }

    /** The text without any markup (search text, feed summaries, mails). */
    public static String plain(String html) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape((html == null ? "" : html).replaceAll("<[^>]*>", " "))
                .replaceAll("\\s+", " ").trim();
    }
}

package pl.wspolnie.news.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import pl.wspolnie.news.Spheres;
import pl.wspolnie.news.domain.NewsQueries;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.feed.AtomFeeds;
import pl.wspolnie.shared.feed.FeedEntry;
import pl.wspolnie.shared.web.SiteAddress;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

/**
 * Atom feeds of the news: all, per JST (with the gminas of a powiat) and per sphere; the
 * newest 50 items.
 */
@RestController
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NewsFeedController {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    static final int FEED_SIZE = 50;

    private final NewsQueries queries;

    private final Jsts jsts;

    private final Spheres spheres;

    private final MessageSource messages;

    private final Clock clock;

    private final SiteAddress site;

    @GetMapping(value = "/news/feed.atom")
    ResponseEntity<String> feed(@RequestParam(required = false) Long jst,
            @RequestParam(required = false) String sphere) {
        String title = messages.getMessage("news.feed.title", null, POLISH);
        String query = "";
        JstSummary j = jst == null ? null : jsts.find(jst).orElse(null);
        if (j != null) {
            title = title + " — " + j.name();
            query = "?jst=" + j.id();
        }
        String s = sphere != null && spheres.exists(sphere) ? sphere : null;
        if (s != null) {
            title = title + " — " + spheres.label(s, POLISH);
            query = query.isEmpty() ? "?sphere=" + s : query + "&sphere=" + s;
        }
        List<FeedEntry> entries = queries
            .search(new NewsQueries.Criteria(j == null ? null : j.id(), s, null), 0, FEED_SIZE)
            .rows()
            .stream()
            .map(n -> new FeedEntry(site.of(n.path()), n.title(), n.lead(), site.of(n.path()), n.publishAt()))
            .toList();
        String xml = AtomFeeds.write(title, site.of("/news/feed.atom" + query), site.of("/news" + query),
                messages.getMessage("news.feed.author", null, POLISH), entries, clock.instant());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(AtomFeeds.MEDIA_TYPE)).body(xml);
    }

}

package pl.wspolnie.news.domain;

/** What happened to an organisation's news item that somebody waits for. */
public final class NewsEvents {

    private NewsEvents() {
    }

    /** The item waits for the liaison officer (new, or changed and sent again). */
    public record AwaitsModeration(long newsId) {
    }

    /** The liaison officer approved or rejected the item. */
    public record Moderated(long newsId) {
    }

}

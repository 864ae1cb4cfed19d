package pl.wspolnie.noticeboard.domain;

/** What happened on the notice board that somebody waits for. */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    /** An unverified organisation's notice waits for the liaison officer. */
    public record AwaitsModeration(long noticeId) {
    }

    /** The liaison officer approved or rejected a notice. */
    public record Moderated(long noticeId) {
    }

    /** A volunteer answered a volunteering offer. */
    public record VolunteerResponded(long noticeId, long responseId) {
    }

}

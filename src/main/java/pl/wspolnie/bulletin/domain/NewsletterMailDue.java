package pl.wspolnie.bulletin.domain;

/**
 * The newsletter mail of a published issue to one subscriber (sent and, when it fails,
 * retried alone).
 */
public record NewsletterMailDue(long issueId, long userId, String email, String displayName) {
}

package pl.wspolnie.bulletin.domain;

/** An issue was published: its newsletter goes out after the commit. */
public record BulletinPublished(long issueId) {
}

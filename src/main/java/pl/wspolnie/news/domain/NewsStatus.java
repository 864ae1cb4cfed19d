package pl.wspolnie.news.domain;

/**
 * PENDING: an NGO representative's item waiting for the liaison officer; PUBLISHED:
 * public from publishAt on.
 */
public enum NewsStatus {

    PENDING, PUBLISHED, REJECTED

}

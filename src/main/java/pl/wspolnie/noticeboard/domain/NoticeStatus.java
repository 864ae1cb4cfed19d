package pl.wspolnie.noticeboard.domain;

/**
 * PENDING: a notice of an organisation the JST has not verified, waiting for the liaison
 * officer; PUBLISHED: on the board; REJECTED: refused by the liaison officer (seen only
 * by its author's side).
 */
public enum NoticeStatus {

    PENDING, PUBLISHED, REJECTED

}

package pl.wspolnie.noticeboard.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A volunteer's answer to a volunteering offer. */
@Entity
@Table(name = "notice_response")
public class NoticeResponse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "notice_id", updatable = false)
    private Long noticeId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    private String message;

    @Column(name = "created_at", updatable = false)
    private Instant createdAt;

    protected NoticeResponse() {
    }

    NoticeResponse(long noticeId, long userId, String message, Instant now) {
        this.noticeId = noticeId;
        this.userId = userId;
        this.message = message;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getNoticeId() {
        return noticeId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

}

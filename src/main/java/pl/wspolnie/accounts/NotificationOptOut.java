package pl.wspolnie.accounts;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;

/**
 * One kind of personal notification a person turned off (table of
 * {@code accounts.Notifications}, which reads it before every mail). Written through JPA
 * so that each change is in the audit log.
 */
@Entity
@Table(name = "notification_opt_out")
@IdClass(NotificationOptOut.Key.class)
class NotificationOptOut {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Id
    private String kind;

    protected NotificationOptOut() {
    }

    NotificationOptOut(long userId, String kind) {
        this.userId = userId;
        this.kind = kind;
    }

    String getKind() {
        return kind;
    }

    /** The composite key (person, kind). */
    static class Key implements Serializable {

        private Long userId;

        private String kind;

        Key() {
        }

        Key(Long userId, String kind) {
            this.userId = userId;
            this.kind = kind;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(userId, k.userId) && Objects.equals(kind, k.kind);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, kind);
        }

        @Override
        public String toString() {
            return userId + "/" + kind;
        }

    }

}

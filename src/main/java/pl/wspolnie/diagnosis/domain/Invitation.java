package pl.wspolnie.diagnosis.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import pl.wspolnie.shared.audit.AuditMasked;
import pl.wspolnie.shared.text.Sha256;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/**
 * An invitation to answer a survey sent by mail to a person without an account: a
 * personal link whose random token is known only to the mail (the table keeps its
 * SHA-256), usable once.
 */
@Entity
@Table(name = "diagnosis_invitation")
public class Invitation extends SurveyRecord {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Column(updatable = false)
    private String email;

    @AuditMasked // a short answer code's hash could be reversed by trying every code
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "invited_by", updatable = false)
    private Long invitedBy;

    @Column(name = "invited_at", updatable = false)
    private Instant invitedAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {
    }

    Invitation(Survey survey, String email, long invitedBy, Instant now) {
        super(survey);
        this.email = email;
        this.invitedBy = invitedBy;
        this.invitedAt = now;
    }

    /** A new token for the mail; only its hash stays here. */
    String issueToken(Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String raw = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        this.tokenHash = hash(raw);
        this.sentAt = now;
        return raw;
    }

    /**
     * The letters of a short answer code: digits and capitals without the ones easy to
     * confuse (0/O, 1/I/L).
     */
    static final String CODE_LETTERS = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

    /** How many letters a code has (31^10, about 8·10^14 codes). */
    static final int CODE_LENGTH = 10;

    /**
     * An answer code handed out on paper or by the owner of an embedded survey, without
     * an address; only its hash stays here.
     */
    static Invitation code(Survey survey, long issuedBy, Instant now) {
        return new Invitation(survey, null, issuedBy, now);
    }

    /** A new short code for this invitation (usable as the link's token). */
    String issueCode(Instant now) {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(CODE_LETTERS.charAt(RANDOM.nextInt(CODE_LETTERS.length())));
        }
        this.tokenHash = hash(code.toString());
        this.sentAt = now;
        return code.toString();
    }

    static String hash(String rawToken) {
        return Sha256.hex(rawToken);
    }

    void use(Instant now) {
        this.usedAt = now;
    }

    public boolean isUsed() {
        return usedAt != null;
    }

    public boolean isSent() {
        return sentAt != null;
    }

    public String getEmail() {
        return email;
    }

    public Instant getInvitedAt() {
        return invitedAt;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }

}

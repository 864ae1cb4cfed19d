package pl.wspolnie.diagnosis.domain;

/**
 * An invitation whose mail is to be sent (one event an address: a mail that fails is
 * retried alone, and nobody gets two links).
 */
public record InvitationDue(long invitationId) {
}

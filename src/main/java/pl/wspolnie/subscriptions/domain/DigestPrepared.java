package pl.wspolnie.subscriptions.domain;

import pl.wspolnie.subscriptions.Frequency;

import java.time.LocalDate;
import java.util.List;

/**
 * One person's digest of one period was recorded (digest_delivery) with these items;
 * {@link DigestMailer} mails it after the commit, and the event publication registry
 * keeps it until the mail went out (see shared.mail.MailRetry).
 */
public record DigestPrepared(long userId, Frequency frequency, LocalDate period, List<Long> itemIds) {
}

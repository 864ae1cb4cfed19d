package pl.wspolnie.shared.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * wspolnie.mail.retry: how often failed mails are looked for ({@code interval}) and how
 * old their publication must be to be sent again ({@code after}, longer than sending one
 * mail may take). See {@link MailRetry}.
 */
@ConfigurationProperties("wspolnie.mail.retry")
public record MailRetrySettings(Duration interval, Duration after) {

    public MailRetrySettings {
        if (interval == null || after == null || interval.isNegative() || interval.isZero() || after.isNegative()) {
            throw new IllegalArgumentException("wspolnie.mail.retry.interval (> 0) and .after (>= 0) must be set");
        }
    }
}

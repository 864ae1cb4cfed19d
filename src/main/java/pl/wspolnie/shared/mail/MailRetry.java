package pl.wspolnie.shared.mail;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Sends again what failed. Mails go out from {@code @ApplicationModuleListener}s after
 * the commit, and the event publication registry keeps every publication whose listener
 * threw (SMTP down, a timeout) or never finished (the instance stopped) as incomplete.
 * Every {@code wspolnie.mail.retry.interval}, on one instance at a time, this job
 * resubmits the incomplete publications older than {@code wspolnie.mail.retry.after}:
 * younger ones may still be in progress on some instance. Other after-commit listeners
 * (calendar, audit of deliveries…) are retried the same way.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class MailRetry {

    private static final Logger log = LoggerFactory.getLogger(MailRetry.class);

    private final IncompleteEventPublications incomplete;

    private final MailRetrySettings settings;

    @Scheduled(fixedDelayString = "${wspolnie.mail.retry.interval}",
            initialDelayString = "${wspolnie.mail.retry.interval}")
    @SchedulerLock(name = "mail.retry")
    public void resubmitFailed() {
        resubmitOlderThan(settings.after());
    }

    /**
     * Resubmits the incomplete publications published more than {@code age} ago (tests
     * pass a short age).
     */
    public void resubmitOlderThan(Duration age) {
        log.debug("Resubmitting incomplete event publications older than {}", age);
        incomplete.resubmitIncompletePublicationsOlderThan(age);
    }

    public MailRetrySettings settings() {
        return settings;
    }

}

package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.scheduling.JobLocks;

/**
 * Each night, deletes the personal data of the editions past their deadline to challenge
 * the results (once per edition, on one instance).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RetentionJob {

    private final Retention retention;

    @Scheduled(cron = "0 20 2 * * *", zone = "Europe/Warsaw")
    @SchedulerLock(name = "budget.personal-data-purge", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    void purge() {
        retention.purgeDue();
    }

}

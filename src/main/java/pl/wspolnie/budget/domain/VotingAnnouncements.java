package pl.wspolnie.budget.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import pl.wspolnie.shared.scheduling.JobLocks;

/**
 * Each morning, tells the authors of the projects on the ballot of every edition whose
 * voting began that it has opened (once per edition, on one instance).
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VotingAnnouncements {

    private final Editions editions;

    @Scheduled(cron = "0 10 6 * * *", zone = "Europe/Warsaw")
    @SchedulerLock(name = "budget.voting-opened", lockAtLeastFor = JobLocks.CRON_AT_LEAST)
    void announce() {
        editions.announceVotingOpened();
    }

}

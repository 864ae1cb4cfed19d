package pl.wspolnie.shared.scheduling;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import pl.wspolnie.support.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jobs run by themselves in production and not in the tests, which call them with the
 * clock they moved: a job fired by the real time in the middle of a test once expired a
 * room request the test was still looking at.
 */
class SchedulingSwitchTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void noJobRunsByItselfInTheTests() {
        assertThat(context.getBeansOfType(ScheduledTaskHolder.class)).isEmpty();
    }

    @Test
    void jobsAreScheduledUnlessTurnedOff() {
        ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Scheduling.class,
                AJob.class);
        runner.run(on -> assertThat(on.getBean(ScheduledTaskHolder.class).getScheduledTasks()).hasSize(1));
        runner.withPropertyValues("wspolnie.scheduling.enabled=true")
            .run(on -> assertThat(on.getBean(ScheduledTaskHolder.class).getScheduledTasks()).hasSize(1));
        runner.withPropertyValues("wspolnie.scheduling.enabled=false")
            .run(on -> assertThat(on.getBeansOfType(ScheduledTaskHolder.class)).isEmpty());
    }

    @Configuration(proxyBeanMethods = false)
    static class AJob {

        @Bean
        Job job() {
            return new Job();
        }

    }

    static class Job {

        @Scheduled(cron = "0 0 7 * * *", zone = "Europe/Warsaw")
        void run() {
        }

    }

}

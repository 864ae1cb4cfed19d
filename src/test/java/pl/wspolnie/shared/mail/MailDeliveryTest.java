package pl.wspolnie.shared.mail;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mail that is not delivered is never silent, and the dev inbox is off unless the
 * development run turns it on.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailDeliveryTest {

    @Test
    void devInboxIsOffByDefaultAndOnOnlyInTheDevProfile() throws IOException {
        assertThat(setting("application.yml")).as("production default").isEqualTo("false");
        assertThat(setting("application-dev.yml")).as("./mvnw spring-boot:run (dev profile)").isEqualTo("true");
    }

    @Test
    void productionStartWithoutSmtpWarnsLoudlyInOneBlock(CapturedOutput output) {
        MailDelivery delivery = new MailDelivery(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                false);
        delivery.warnWhenMailIsNotDelivered();
        assertThat(output.getOut()).contains("WARN", "MAIL IS NOT DELIVERED", "SPRING_MAIL_HOST", "DROPPED");
        assertThat(delivery.devInboxActive()).isFalse();
    }

    @Test
    void anEmptySmtpHostCountsAsNoSmtp() {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("mailSender", new JavaMailSenderImpl());
        MailDelivery delivery = new MailDelivery(beans.getBeanProvider(JavaMailSender.class), true);
        assertThat(delivery.smtp()).isNull();
        assertThat(delivery.devInboxActive()).isTrue();

        JavaMailSenderImpl configured = new JavaMailSenderImpl();
        configured.setHost("smtp.example.org");
        StaticListableBeanFactory withHost = new StaticListableBeanFactory();
        withHost.addBean("mailSender", configured);
        MailDelivery smtp = new MailDelivery(withHost.getBeanProvider(JavaMailSender.class), true);
        assertThat(smtp.devInboxActive()).isFalse();
        assertThat(smtp.startupWarning()).isNull();
    }

    private static String setting(String file) throws IOException {
        StandardEnvironment env = new StandardEnvironment();
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        env.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        new YamlPropertySourceLoader().load(file, new ClassPathResource(file))
            .forEach(env.getPropertySources()::addLast);
        return env.getProperty("wspolnie.mail.dev-inbox");
    }

}

package pl.wspolnie.audit;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.jpa.boot.spi.IntegratorProvider;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** Registers the audit listener with Hibernate for every entity of every module. */
@Configuration(proxyBeanMethods = false)
class AuditConfig {

    @Bean
    HibernatePropertiesCustomizer auditIntegrator() {
        AuditRecorder recorder = new AuditRecorder();
        Integrator integrator = new Integrator() {
            @Override
            public void integrate(Metadata metadata, BootstrapContext bootstrapContext,
                    SessionFactoryImplementor factory) {
                EventListenerRegistry registry = factory.getServiceRegistry()
                    .requireService(EventListenerRegistry.class);
                registry.appendListeners(EventType.POST_INSERT, recorder);
                registry.appendListeners(EventType.POST_UPDATE, recorder);
                registry.appendListeners(EventType.POST_DELETE, recorder);
                registry.appendListeners(EventType.POST_COLLECTION_UPDATE, new AuditCollectionRecorder());
            }
        };
        return properties -> properties.put("hibernate.integrator_provider",
                (IntegratorProvider) () -> List.of(integrator));
    }

}

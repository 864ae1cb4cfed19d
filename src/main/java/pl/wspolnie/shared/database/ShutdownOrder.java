package pl.wspolnie.shared.database;

import org.springframework.beans.BeansException;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Spring Modulith's event publication registry reads the outstanding publications when it
 * is destroyed. Without a declared dependency the JPA EntityManagerFactory (and the pool)
 * may already be closed then, and shutdown hangs for the pool's 30 s connection timeout.
 * Declaring the dependency makes Spring destroy the registry first.
 */
@Configuration(proxyBeanMethods = false)
class ShutdownOrder {

    static final String REGISTRY = "eventPublicationRegistry";

    @Bean
    static BeanFactoryPostProcessor eventRegistryBeforeDatabase() {
        return new BeanFactoryPostProcessor() {
            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory factory) throws BeansException {
                if (!factory.containsBeanDefinition(REGISTRY)) {
                    return;
                }
                BeanDefinition registry = factory.getBeanDefinition(REGISTRY);
                List<String> dependsOn = new ArrayList<>(
                        registry.getDependsOn() == null ? List.of() : Arrays.asList(registry.getDependsOn()));
                for (String name : new String[] { "entityManagerFactory", "transactionManager", "dataSource" }) {
                    if (factory.containsBeanDefinition(name) && !dependsOn.contains(name)) {
                        dependsOn.add(name);
                    }
                }
                registry.setDependsOn(dependsOn.toArray(String[]::new));
            }
        };
    }

}

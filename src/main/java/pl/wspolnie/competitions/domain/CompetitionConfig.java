package pl.wspolnie.competitions.domain;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CompetitionSettings.class)
class CompetitionConfig {

}

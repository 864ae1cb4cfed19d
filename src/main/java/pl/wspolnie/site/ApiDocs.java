package pl.wspolnie.site;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Title and description of the OpenAPI document at /v3/api-docs (Swagger UI at
 * /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
class ApiDocs {

    @Bean
    OpenAPI wspolnieOpenApi() {
        return new OpenAPI().info(new Info().title("Wspólnie API")
            .version("v1")
            .description("Public read API of the Wspólnie platform (cooperation of local government and NGOs): "
                    + "the NGO directory and the spheres of public benefit. JSON, no authentication; errors as "
                    + "application/problem+json.")
            .license(new License().name("MIT").identifier("MIT")));
    }

}

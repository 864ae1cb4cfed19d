package pl.wspolnie;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Module boundaries: no module reaches into another's internals, no cycles. Also renders
 * the module map.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(WspolnieApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyCapabilityIsAModule() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString())).contains("accounts", "audit",
                "organizations", "partnership", "shared", "site", "demo", "consultations", "council", "programme",
                "initiatives");
    }

    @Test
    void writesModuleMapForDocs() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }

}

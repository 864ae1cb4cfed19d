package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.governance.GovernanceDemoData;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstAdministration;

import java.util.ArrayList;
import java.util.List;

/**
 * The powiat's cooperation agreement (seed 000) with twelve parties, its Forum, a
 * complete Council and one election with results: pelnomocnik@wspolnie.demo coordinates
 * it, ngo@wspolnie.demo represents the first NGO in the Forum; the other Forum members
 * and the units' directors get logins of their own (forum-ngo1…7@, pcpr@, gok@). See
 * {@link GovernanceDemoData}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(60)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoGovernance implements DemoStep {

    private static final String[] NGO_MEMBERS = { "Zofia Forumowa", "Jerzy Społecznik", "Halina Działaczka",
            "Tomasz Wolontariusz", "Agnieszka Partnerska", "Krzysztof Stowarzyszony", "Ewa Fundacyjna" };

    private final GovernanceDemoData governance;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts;

    private final Organizations organizations;

    private final JdbcClient jdbc;

    private long login(String email, String name) {
        return accounts.ensureConfirmedUser(email, name, DemoData.PASSWORD);
    }

    @Override
    public void seed() {
        long powiat = jsts.idByTeryt(DemoData.POWIAT_TERYT);
        long kluczewsko = jsts.idByTeryt("2613012");
        long ngoRepresentative = login(DemoOrganizations.NGO_LOGIN, "Natalia z Organizacji");
        long first = organizations.representedBy(ngoRepresentative).stream().sorted().findFirst().orElseThrow();
        List<Long> orgs = new ArrayList<>();
        orgs.add(first);
        orgs.addAll(jdbc.sql("select id from organization where verified and id <> ? order by id limit 7")
            .param(first)
            .query(Long.class)
            .list());
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < orgs.size() - 1; i++) {
            members.add(login("forum-ngo" + (i + 1) + "@wspolnie.demo", NGO_MEMBERS[i]));
        }
        governance.seed(powiat, kluczewsko, orgs,
                new GovernanceDemoData.People(login("pelnomocnik@wspolnie.demo", "Paweł Pełnomocnik"),
                        login("jst-admin@wspolnie.demo", "Jan Administrator (Powiat)"),
                        login("kluczewsko-admin@wspolnie.demo", "Kamila Administratorka (Kluczewsko)"),
                        ngoRepresentative, login("urzednik@wspolnie.demo", "Urszula Urzędniczka"),
                        "urzednik@wspolnie.demo", List.of(login("pcpr@wspolnie.demo", "Piotr Dyrektor PCPR"),
                                login("gok@wspolnie.demo", "Grażyna Dyrektorka GOK")),
                        members));
    }

}

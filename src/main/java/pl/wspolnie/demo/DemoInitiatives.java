package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.initiatives.InitiativesDemoData;
import pl.wspolnie.partnership.JstAdministration;

import java.util.List;

/**
 * A local initiative of residents in Gmina Kluczewsko (TERYT 2613012):
 * mieszkaniec@wspolnie.demo leads it with two neighbours, kluczewsko-admin@wspolnie.demo
 * scored and accepted it; its contribution ledger is kept. See
 * {@link InitiativesDemoData}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(60)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoInitiatives implements DemoStep {

    private final InitiativesDemoData initiatives;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts;

    @Override
    public void seed() {
        long kluczewsko = jsts.idByTeryt("2613012");
        long resident = accounts.ensureConfirmedUser("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec",
                DemoData.PASSWORD);
        long first = accounts.ensureConfirmedUser("sasiadka@wspolnie.demo", "Zofia Sąsiadka", DemoData.PASSWORD);
        long second = accounts.ensureConfirmedUser("sasiad@wspolnie.demo", "Tadeusz Sąsiad", DemoData.PASSWORD);
        long official = accounts.ensureConfirmedUser("kluczewsko-admin@wspolnie.demo",
                "Kamila Administratorka (Kluczewsko)", DemoData.PASSWORD);
        initiatives.seed(kluczewsko, resident, List.of(first, second), official);
    }

}

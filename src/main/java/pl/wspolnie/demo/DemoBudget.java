package pl.wspolnie.demo;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import pl.wspolnie.accounts.AccountProvisioning;
import pl.wspolnie.budget.BudgetDemoData;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.shared.security.Role;

import java.util.List;
import org.springframework.core.annotation.Order;

/**
 * The participatory budget of Gmina Kluczewsko (TERYT 2613012): this year's edition in
 * its voting phase and last year's, closed, with projects in implementation;
 * mieszkaniec@wspolnie.demo and two neighbours author the projects and support some, and
 * budzet@wspolnie.demo is the gmina's coordinator (an official of Kluczewsko). See
 * {@link BudgetDemoData}.
 */
@Component
@ConditionalOnProperty(name = "wspolnie.demo-data", havingValue = "true")
@Order(50)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DemoBudget implements DemoStep {

    private final BudgetDemoData budget;

    private final AccountProvisioning accounts;

    private final JstAdministration jsts; // reads the database, not the cached JST list

    @Override
    public void seed() {
        long kluczewsko = jsts.idByTeryt("2613012");
        long coordinator = accounts.ensureConfirmedUser("budzet@wspolnie.demo", "Beata Koordynatorka (Kluczewsko)",
                DemoData.PASSWORD);
        accounts.ensureRole(coordinator, Role.OFFICIAL, kluczewsko);
        long resident = accounts.ensureConfirmedUser("mieszkaniec@wspolnie.demo", "Marek Mieszkaniec",
                DemoData.PASSWORD);
        long first = accounts.ensureConfirmedUser("sasiadka@wspolnie.demo", "Zofia Sąsiadka", DemoData.PASSWORD);
        long second = accounts.ensureConfirmedUser("sasiad@wspolnie.demo", "Tadeusz Sąsiad", DemoData.PASSWORD);
        budget.seed(kluczewsko, resident, List.of(first, second));
    }

}

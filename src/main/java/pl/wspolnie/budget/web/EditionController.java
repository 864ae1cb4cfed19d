package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.budget.domain.Amounts;
import pl.wspolnie.budget.domain.BudgetAccess;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.budget.domain.EditionRules;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Editions.Funding;
import pl.wspolnie.budget.domain.Editions.PoolDetails;
import pl.wspolnie.budget.domain.Phase;
import pl.wspolnie.budget.domain.Pool;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.text.Formats;
import pl.wspolnie.shared.web.PublicPaths;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Editions of the participatory budget: the public list and edition page (pools, rules,
 * timeline), and the coordinators' forms for the edition and its pools.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EditionController {

    record PoolForm(@NotBlank @Size(max = 200, message = "{budget.field.tooLong}") String name, Boolean wholeJst,
            @NotBlank String amount, @NotNull @Min(1) @Max(100000000) Integer population,
            @NotNull @Min(0) Integer signaturesRequired) {

        PoolDetails details() {
            return new PoolDetails(name.strip(), Boolean.TRUE.equals(wholeJst), Amounts.parse(amount, "amount"),
                    population, signaturesRequired);
        }

        static PoolForm of(Pool p) {
            return new PoolForm(p.getName(), p.isWholeJst(), Amounts.plain(p.getAmount()), p.getPopulation(),
                    p.getSignaturesRequired());
        }

    }

    private final Editions editions;

    private final BudgetAccess access;

    private final Jsts jsts;

    private final Formats fmt;

    private final Clock clock;

    private final Reviews reviews;

    @GetMapping("/budget")
    String list(Model model) {
        model.addAttribute("editions", editions.all());
        model.addAttribute("jstNames", jsts.names());
        model.addAttribute("mayCreate", !access.gminasCoordinated().isEmpty());
        return "budget/list";
    }

    @GetMapping("/budget/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Edition edition = editions.get(id);
        List<Pool> pools = editions.pools(id);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("edition", edition);
        model.addAttribute("jst", jsts.get(edition.getJstId()));
        model.addAttribute("pools", pools);
        Funding funding = editions.funding(edition, pools);
        model.addAttribute("funding", funding);
        model.addAttribute("share",
                funding.total()
                    .multiply(new BigDecimal(100))
                    .divide(edition.getExpenditure(), 2, RoundingMode.HALF_UP));
        model.addAttribute("phase", edition.phaseOn(today));
        model.addAttribute("frozen", edition.isFrozenOn(today));
        model.addAttribute("submissionOpen", edition.isOpenForSubmissionOn(today));
        model.addAttribute("votingOpen", edition.isVotingOn(today));
        model.addAttribute("paperEntry", edition.isPaperEntryOn(today));
        model.addAttribute("resultsPublished", edition.areResultsPublicOn(today));
        model.addAttribute("votingStarted", !today.isBefore(edition.getVotingFrom()));
        model.addAttribute("coordinator", editions.isCoordinator(edition));
        boolean reviewStarted = !today.isBefore(edition.timeline().get(Phase.REVIEW.ordinal()).from());
        model.addAttribute("reviewStarted", reviewStarted);
        model.addAttribute("outcomes", reviewStarted ? reviews.outcomes(id) : Map.of());
        return "budget/edition";
    }

    /** The coordinator enters the draw seed (once, before voting closes). */
    @PostMapping("/budget/{id:\\d+}/draw-seed")
    String drawSeed(@PathVariable long id, @RequestParam(defaultValue = "") String drawSeed,
            RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/budget/" + id, "budget.draw.recorded",
                () -> editions.recordDrawSeed(id, drawSeed));
    }

    @GetMapping("/budget/new")
    String newForm(Model model) {
        requireSomeGmina();
        EditionForm form = new EditionForm();
        form.setYear(LocalDate.now(clock).getYear() + 1);
        form.setMinAge(0);
        form.setChoicesPerPool(1);
        form.setMinVotes(0);
        model.addAttribute("form", form);
        return form(model, null);
    }

    @PostMapping("/budget/new")
    String create(@Valid @ModelAttribute("form") EditionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireSomeGmina();
        return Outcomes.form(result, redirect, "budget.edition.created",
                () -> "/budget/" + editions.create(form.details()), () -> form(model, null));
    }

    @GetMapping("/budget/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Edition edition = changeable(id);
        model.addAttribute("form", EditionForm.of(edition));
        return form(model, edition);
    }

    @PostMapping("/budget/{id:\\d+}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") EditionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Edition edition = changeable(id);
        form.setJstId(edition.getJstId());
        return Outcomes.form(result, redirect, "budget.edition.saved", () -> {
            editions.update(id, form.details());
            return funded(id, redirect);
        }, () -> form(model, edition));
    }

    /**
     * The edition a coordinator of its gmina may still change (before the submission of
     * projects starts).
     */
    private Edition changeable(long id) {
        Edition edition = editions.get(id);
        access.requireCoordinator(edition.getJstId());
        edition.requireChangeableOn(LocalDate.now(clock));
        return edition;
    }

    private String form(Model model, Edition edition) {
        model.addAttribute("edition", edition);
        model.addAttribute("gminas", access.gminasCoordinated());
        return "budget/edition-form";
    }

    @GetMapping("/budget/{id:\\d+}/pools/new")
    String newPool(@PathVariable long id, Model model) {
        model.addAttribute("form", new PoolForm("", false, "", null, 0));
        return poolForm(model, changeable(id), null);
    }

    @PostMapping("/budget/{id:\\d+}/pools/new")
    String addPool(@PathVariable long id, @Valid @ModelAttribute("form") PoolForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Edition edition = changeable(id);
        return Outcomes.form(result, redirect, "budget.pool.added", () -> {
            editions.addPool(id, form.details());
            return funded(id, redirect);
        }, () -> poolForm(model, edition, null));
    }

    @GetMapping("/budget/{id:\\d+}/pools/{poolId:\\d+}/edit")
    String editPool(@PathVariable long id, @PathVariable long poolId, Model model) {
        Edition edition = changeable(id);
        Pool pool = editions.pool(id, poolId);
        model.addAttribute("form", PoolForm.of(pool));
        return poolForm(model, edition, pool);
    }

    @PostMapping("/budget/{id:\\d+}/pools/{poolId:\\d+}/edit")
    String updatePool(@PathVariable long id, @PathVariable long poolId, @Valid @ModelAttribute("form") PoolForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Edition edition = changeable(id);
        Pool pool = editions.pool(id, poolId);
        return Outcomes.form(result, redirect, "budget.pool.saved", () -> {
            editions.updatePool(id, poolId, form.details());
            return funded(id, redirect);
        }, () -> poolForm(model, edition, pool));
    }

    private String poolForm(Model model, Edition edition, Pool pool) {
        model.addAttribute("edition", edition);
        model.addAttribute("pool", pool);
        model.addAttribute("maxShare", EditionRules.MAX_SIGNATURE_SHARE.movePointRight(2).stripTrailingZeros());
        return "budget/pool-form";
    }

    /**
     * The edition's page after a change of its amounts, with a warning, not a refusal,
     * when the pools are below 0.5% of the expenditure (binding only cities with powiat
     * rights).
     */
    private String funded(long id, RedirectAttributes redirect) {
        Edition edition = editions.get(id);
        Funding funding = editions.funding(edition, editions.pools(id));
        if (funding.belowMinimum()) {
            redirect.addFlashAttribute("warning", "budget.funding.below");
            redirect.addFlashAttribute("warningArgs",
                    new Object[] { fmt.money(funding.total()), fmt.money(funding.minimum()) });
        }
        return "/budget/" + id;
    }

    private void requireSomeGmina() {
        if (access.gminasCoordinated().isEmpty()) {
            throw new NotAllowed("not a budget coordinator of any gmina");
        }
    }

    @Bean
    static PublicPaths budgetPublicPaths() {
        return PublicPaths.get("/budget", "/budget/{id:\\d+}", "/budget/{id:\\d+}/projects",
                "/budget/projects/{id:\\d+}");
    }

}

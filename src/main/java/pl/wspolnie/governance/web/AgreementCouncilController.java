package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.Council;
import pl.wspolnie.governance.domain.GovernanceAccess;
import pl.wspolnie.governance.domain.GovernancePages;
import pl.wspolnie.governance.domain.SeatGroup;
import pl.wspolnie.governance.domain.TieRule;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.time.LocalDate;
import java.util.Map;

/**
 * The Council of an agreement (public page) and the coordinator's forms: the seat
 * numbers, terms, appointing and ending seats.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgreementCouncilController {

    record TermForm(@NotBlank(message = "{governance.field.required}") String startsOn,
            @NotBlank(message = "{governance.field.required}") String endsOn) {
    }

    record SeatForm(@NotNull(message = "{governance.field.required}") SeatGroup group,
            @NotNull(message = "{governance.field.required}") Long partyId,
            @NotBlank(message = "{governance.field.required}") @Size(max = 200,
                    message = "{governance.field.tooLong}") String email,
            @NotBlank(message = "{governance.field.required}") String fromOn) {
    }

    record SettingsForm(@NotNull(message = "{governance.field.required}") Integer seatsCityOffice,
            @NotNull(message = "{governance.field.required}") Integer seatsNgo,
            @NotNull(message = "{governance.field.required}") Integer seatsUnit,
            @NotNull(message = "{governance.field.required}") Integer quorumPercent,
            @NotNull(message = "{governance.field.required}") TieRule tieRule) {
    }

    private final Council council;

    private final Agreements agreements;

    private final GovernancePages pages;

    private final GovernanceAccess access;

    private final Permissions permissions;

    @GetMapping("/governance/{id:\\d+}/council")
    String page(@PathVariable long id, Model model) {
        GovernancePages.CouncilPage page = pages.council(id);
        model.addAttribute("page", page);
        model.addAttribute("groups", SeatGroup.values());
        model.addAttribute("appointed", new SeatGroup[] { SeatGroup.CITY_OFFICE, SeatGroup.UNIT });
        model.addAttribute("elections", pages.elections(id));
        if (!model.containsAttribute("termForm")) {
            model.addAttribute("termForm",
                    new TermForm(page.today().toString(), page.today().plusYears(3).minusDays(1).toString()));
        }
        if (!model.containsAttribute("seatForm")) {
            model.addAttribute("seatForm", new SeatForm(SeatGroup.CITY_OFFICE, null, "", page.today().toString()));
        }
        return "governance/council";
    }

    @PostMapping("/governance/{id:\\d+}/council/terms")
    String openTerm(@PathVariable long id, @Valid @ModelAttribute("termForm") TermForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        LocalDate startsOn = FormInput.date(form.startsOn(), "startsOn", result);
        LocalDate endsOn = FormInput.date(form.endsOn(), "endsOn", result);
        return Outcomes.form(result, redirect, "governance.term.opened",
                () -> council.openTerm(me, id, startsOn, endsOn), "/governance/" + id + "/council",
                () -> page(id, model));
    }

    @PostMapping("/governance/{id:\\d+}/council/seats")
    String appoint(@PathVariable long id, @Valid @ModelAttribute("seatForm") SeatForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        LocalDate fromOn = FormInput.date(form.fromOn(), "fromOn", result);
        return Outcomes.form(result, redirect, "governance.seat.appointed",
                () -> council.appoint(me, id, form.group(), form.partyId(), form.email(), fromOn),
                "/governance/" + id + "/council", () -> page(id, model));
    }

    @PostMapping("/governance/{id:\\d+}/council/seats/{seatId:\\d+}/end")
    String endSeat(@PathVariable long id, @PathVariable long seatId,
            @RequestParam(name = "toOn", required = false) String toOn, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id + "/council", "governance.seat.ended",
                () -> council.endSeat(me, id, seatId, Dates.parse(toOn, "toOn")));
    }

    @GetMapping("/governance/{id:\\d+}/settings")
    String settingsForm(@PathVariable long id, Model model) {
        var agreement = agreements.get(id);
        model.addAttribute("form",
                new SettingsForm(agreement.quota(SeatGroup.CITY_OFFICE), agreement.quota(SeatGroup.NGO),
                        agreement.quota(SeatGroup.UNIT), agreement.getQuorumPercent(), agreement.getTieRule()));
        return settingsPage(id, model);
    }

    @PostMapping("/governance/{id:\\d+}/settings")
    String changeSettings(@PathVariable long id, @Valid @ModelAttribute("form") SettingsForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "governance.settings.saved", () -> {
            council.changeSettings(me, id, Map.of(SeatGroup.CITY_OFFICE, form.seatsCityOffice(), SeatGroup.NGO,
                    form.seatsNgo(), SeatGroup.UNIT, form.seatsUnit()), form.quorumPercent(), form.tieRule());
            return "/governance/" + id + "/council";
        }, () -> settingsPage(id, model));
    }

    private String settingsPage(long id, Model model) {
        var agreement = agreements.get(id);
        if (!access.isCoordinator(permissions.requireUser().userId(), agreement)) {
            throw new NotAllowed("not a coordinator of agreement " + id);
        }
        model.addAttribute("agreement", agreement);
        model.addAttribute("tieRules", TieRule.values());
        return "governance/settings";
    }

}

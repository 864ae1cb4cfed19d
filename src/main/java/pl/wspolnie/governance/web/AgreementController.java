package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
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
import pl.wspolnie.governance.domain.AgreementText;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.Application;
import pl.wspolnie.governance.domain.GovernancePages;
import pl.wspolnie.governance.domain.GovernancePages.AgreementPage;
import pl.wspolnie.governance.domain.GovernancePages.ApplyPage;
import pl.wspolnie.governance.domain.Party;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.LocalDate;
import java.util.Set;

/**
 * The agreements: the public list and page, the coordinator's form for a new agreement,
 * the application to join, the decisions on applications and leaving.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AgreementController {

    record AgreementForm(@NotNull(message = "{governance.field.required}") Long jstId,
            @NotBlank(message = "{governance.field.required}") @Size(max = 300,
                    message = "{governance.field.tooLong}") String title,
            @NotBlank(message = "{governance.field.required}") @Size(max = 10_000,
                    message = "{governance.field.tooLong}") String mission,
            @NotBlank(message = "{governance.field.required}") @Size(max = 10_000,
                    message = "{governance.field.tooLong}") String goals,
            @NotBlank(message = "{governance.field.required}") @Size(max = 10_000,
                    message = "{governance.field.tooLong}") String actions,
            @NotBlank(message = "{governance.field.required}") @Size(max = 10_000,
                    message = "{governance.field.tooLong}") String principles,
            @NotBlank(message = "{governance.field.required}") String signedOn) {
    }

    record ApplyForm(@NotNull(message = "{governance.field.required}") Party.Kind kind, Long organizationId, Long jstId,
            @Size(max = 300, message = "{governance.field.tooLong}") String unitName, Boolean declaration) {
    }

    private final Agreements agreements;

    private final GovernancePages pages;

    private final Permissions permissions;

    private final Jsts jsts;

    @Bean
    static PublicPaths governancePublicPaths() {
        return PublicPaths.get("/governance", "/governance/{id:\\d+}", "/governance/{id:\\d+}/forum",
                "/governance/{id:\\d+}/council", "/governance/{id:\\d+}/elections/{electionId:\\d+}",
                "/governance/{id:\\d+}/elections/{electionId:\\d+}/protocol.pdf",
                "/governance/{id:\\d+}/meetings/{meetingId:\\d+}");
    }

    @GetMapping("/governance")
    String index(Model model) {
        model.addAttribute("agreements", agreements.all());
        model.addAttribute("mayCreate",
                permissions.currentUser().isPresent() && !permissions.jstsWith(Role.LIAISON_OFFICER).isEmpty());
        return "governance/index";
    }

    @GetMapping("/governance/new")
    String newForm(Model model) {
        model.addAttribute("form", new AgreementForm(null, "", "", "", "", "", agreements.today().toString()));
        return formPage(model);
    }

    @PostMapping("/governance/new")
    String create(@Valid @ModelAttribute("form") AgreementForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        LocalDate signedOn = FormInput.date(form.signedOn(), "signedOn", result);
        return Outcomes.form(result, redirect, "governance.agreement.created",
                () -> "/governance/" + agreements.create(me, form.jstId(), new AgreementText(form.title(),
                        form.mission(), form.goals(), form.actions(), form.principles()), signedOn),
                () -> formPage(model));
    }

    private String formPage(Model model) {
        Set<Long> mine = permissions.jstsWith(Role.LIAISON_OFFICER);
        permissions.requireUser();
        if (mine.isEmpty()) {
            throw new NotAllowed("not a liaison officer");
        }
        model.addAttribute("jsts", jsts.all().stream().filter(j -> mine.contains(j.id())).toList());
        return "governance/agreement-form";
    }

    @GetMapping("/governance/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        AgreementPage page = pages.agreement(id);
        model.addAttribute("page", page);
        model.addAttribute("today", agreements.today());
        model.addAttribute("meetings", pages.meetings(id));
        return "governance/agreement";
    }

    @GetMapping("/governance/{id:\\d+}/apply")
    String applyForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new ApplyForm(null, null, null, "", false));
        return applyPage(id, model);
    }

    @PostMapping("/governance/{id:\\d+}/apply")
    String apply(@PathVariable long id, @Valid @ModelAttribute("form") ApplyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "governance.apply.sent", () -> {
            agreements.apply(me, id, new Application(form.kind(), form.organizationId(), form.jstId(), form.unitName(),
                    Boolean.TRUE.equals(form.declaration())));
            return "/governance/" + id;
        }, () -> applyPage(id, model));
    }

    private String applyPage(long id, Model model) {
        ApplyPage page = pages.applyPage(id);
        model.addAttribute("page", page);
        model.addAttribute("kinds", Party.Kind.values());
        return "governance/apply";
    }

    @PostMapping("/governance/{id:\\d+}/parties/{partyId:\\d+}/decision")
    String decide(@PathVariable long id, @PathVariable long partyId,
            @RequestParam(name = "decision", defaultValue = "") String decision,
            @RequestParam(name = "reason", required = false) String reason, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        boolean accept = "ACCEPT".equals(decision);
        return Outcomes.step(redirect, "/governance/" + id,
                accept ? "governance.decision.accepted" : "governance.decision.refused",
                () -> agreements.decide(me, id, partyId, accept, reason));
    }

    @PostMapping("/governance/{id:\\d+}/parties/{partyId:\\d+}/leave")
    String leave(@PathVariable long id, @PathVariable long partyId,
            @RequestParam(name = "leftOn", required = false) String leftOn, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, "/governance/" + id, "governance.leave.done",
                () -> agreements.leave(me, id, partyId, Dates.parse(leftOn, "leftOn")));
    }

}

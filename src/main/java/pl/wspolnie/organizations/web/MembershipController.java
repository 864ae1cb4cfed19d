package pl.wspolnie.organizations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.organizations.domain.Memberships;
import pl.wspolnie.organizations.domain.OrganizationProfiles;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.FormInput;

/**
 * Requests to join an organisation as its representative, and the page where they are
 * decided.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class MembershipController {

    record JoinForm(@NotNull(message = "{organizations.boardMember.required}") Boolean boardMember,
            @Size(max = 500, message = "{organizations.field.tooLong}") String message) {
    }

    private final Memberships memberships;

    private final OrganizationProfiles profiles;

    private final Permissions permissions;

    @GetMapping("/organizations/{id:\\d+}/join")
    String joinForm(@PathVariable long id, Model model) {
        permissions.requireUser();
        model.addAttribute("form", new JoinForm(null, ""));
        model.addAttribute("org", profiles.get(id));
        return "organizations/join";
    }

    @PostMapping("/organizations/{id:\\d+}/join")
    String join(@PathVariable long id, @Valid @ModelAttribute("form") JoinForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        permissions.requireUser();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "organizations.join.sent",
                () -> memberships.requestToJoin(id, form.boardMember(), form.message()), "/organizations/" + id, () -> {
                    model.addAttribute("org", profiles.get(id));
                    return "organizations/join";
                });
    }

    @GetMapping("/organizations/{id:\\d+}/members")
    String members(@PathVariable long id, Model model) {
        model.addAttribute("pending", memberships.pending(id));
        model.addAttribute("representatives", memberships.representatives(id));
        model.addAttribute("org", profiles.get(id));
        return "organizations/members";
    }

    @PostMapping("/organizations/{id:\\d+}/members/{membershipId:\\d+}/confirm")
    String confirm(@PathVariable long id, @PathVariable long membershipId, RedirectAttributes redirect) {
        return decided(id, redirect, () -> memberships.confirm(id, membershipId), "organizations.members.confirmed");
    }

    @PostMapping("/organizations/{id:\\d+}/members/{membershipId:\\d+}/reject")
    String reject(@PathVariable long id, @PathVariable long membershipId, RedirectAttributes redirect) {
        return decided(id, redirect, () -> memberships.reject(id, membershipId), "organizations.members.rejected");
    }

    private static String decided(long id, RedirectAttributes redirect, Runnable decision, String notice) {
        return Outcomes.step(redirect, "/organizations/" + id + "/members", notice, decision);
    }

}

package pl.wspolnie.noticeboard.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.accounts.AccountSummary;
import pl.wspolnie.accounts.Accounts;
import pl.wspolnie.noticeboard.domain.Notice;
import pl.wspolnie.noticeboard.domain.NoticeBoard;
import pl.wspolnie.noticeboard.domain.NoticeDetails;
import pl.wspolnie.noticeboard.domain.NoticeKind;
import pl.wspolnie.noticeboard.domain.NoticeResponse;
import pl.wspolnie.noticeboard.domain.NoticeStatus;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import pl.wspolnie.shared.web.FormInput;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Objects;

/**
 * The public notice board, an offer's page with the volunteers' responses, and the offer
 * form.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NoticeBoardController {

    static final int PAGE_SIZE = 20;

    private final NoticeBoard board;

    private final Organizations organizations;

    private final Accounts accounts;

    private final Jsts jsts;

    private final Permissions permissions;

    private final Clock clock;

    @Bean
    static PublicPaths noticeBoardPublicPaths() {
        return PublicPaths.get("/notices", "/notices/{id:\\d+}");
    }

    @GetMapping("/notices")
    String list(@RequestParam(required = false) String kind, @RequestParam(defaultValue = "0") int page, Model model) {
        NoticeKind k = Arrays.stream(NoticeKind.values()).filter(v -> v.name().equals(kind)).findFirst().orElse(null);
        Page<Notice> result = board.current(k, page, PAGE_SIZE);
        model.addAttribute("kind", k);
        model.addAttribute("kinds", NoticeKind.values());
        model.addAttribute("result", result);
        model.addAttribute("canPost", permissions.currentUser().isPresent());
        model.addAttribute("moderates", board.moderates());
        return "noticeboard/list";
    }

    @GetMapping("/notices/{id:\\d+}")
    String show(@PathVariable long id, Model model) {
        Notice notice = board.visible(id);
        model.addAttribute("item", notice);
        model.addAttribute("expired", notice.isExpiredOn(LocalDate.now(clock)));
        model.addAttribute("jstName", jsts.find(notice.getJstId()).map(JstSummary::name).orElse(""));
        model.addAttribute("organization", notice.getOrganizationId() == null ? null
                : organizations.find(notice.getOrganizationId()).orElse(null));
        boolean manages = board.mayManage(notice);
        model.addAttribute("manages", manages);
        model.addAttribute("moderates", notice.getStatus() == NoticeStatus.PENDING && board.mayModerate(notice));
        if (manages && notice.getKind() == NoticeKind.VOLUNTEERING) {
            List<NoticeResponse> responses = board.responses(id);
            Map<Long, AccountSummary> people = accounts
                .findAll(responses.stream().map(NoticeResponse::getUserId).toList());
            model.addAttribute("responses", responses);
            model.addAttribute("people", people);
        }
        model.addAttribute("loggedIn", permissions.currentUser().isPresent());
        model.addAttribute("responded", board.hasResponded(id));
        if (!model.containsAttribute("response")) {
            model.addAttribute("response", new ResponseForm(""));
        }
        return "noticeboard/show";
    }

    record ResponseForm(@NotBlank @Size(max = 2000, message = "{notices.field.tooLong}") String message) {
    }

    @PostMapping("/notices/{id:\\d+}/respond")
    String respond(@PathVariable long id, @Valid @ModelAttribute("response") ResponseForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        permissions.requireUser();
        return Outcomes.form(result, redirect, "notices.respond.sent", () -> board.respond(id, form.message()),
                "/notices/" + id, () -> show(id, model));
    }

    @GetMapping("/notices/new")
    String newForm(@RequestParam(required = false) String kind, Model model) {
        NoticeKind k = Arrays.stream(NoticeKind.values())
            .filter(v -> v.name().equals(kind))
            .findFirst()
            .orElse(NoticeKind.VOLUNTEERING);
        model.addAttribute("form", NoticeForm.empty(k));
        return formPage(model);
    }

    @PostMapping("/notices/new")
    String post(@Valid @ModelAttribute("form") NoticeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        NoticeDetails details = form.details(result);
        if (form.organizationId() == null && form.jstId() == null) {
            result.rejectValue("jstId", "notices.publisher.required");
        }
        return Outcomes.form(result, () -> {
            long id = board.post(form.organizationId() == null ? form.jstId() : null, form.organizationId(), details);
            return Outcomes.redirect(redirect,
                    board.get(id).isPublished() ? "notices.saved" : "notices.savedForModeration", "/notices/" + id);
        }, () -> formPage(model));
    }

    @GetMapping("/notices/moderation")
    String moderation(Model model) {
        permissions.requireUser();
        if (!board.moderates()) {
            throw new NotAllowed("not a liaison officer");
        }
        List<Notice> items = board.moderationQueue();
        model.addAttribute("items", items);
        model.addAttribute("organizations", organizations
            .findAll(items.stream().map(Notice::getOrganizationId).filter(Objects::nonNull).distinct().toList()));
        return "noticeboard/moderation";
    }

    @PostMapping("/notices/{id:\\d+}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/notices/moderation", "notices.moderation.approved", () -> board.approve(id));
    }

    /**
     * Rejects with the reason the author will read; without one the queue is shown again
     * (422) with the error at that notice and the typed text kept.
     */
    @PostMapping("/notices/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return Outcomes.step(redirect, "/notices/moderation", "notices.moderation.rejected",
                () -> board.reject(id, reason), "reason", response, e -> {
                    model.addAttribute("rejectId", id);
                    model.addAttribute("rejectReason", reason);
                    model.addAttribute("rejectError", e);
                    return moderation(model);
                });
    }

    private String formPage(Model model) {
        long userId = permissions.requireUser().userId();
        Set<Long> staffJsts = new LinkedHashSet<>();
        for (Role r : new Role[] { Role.OFFICIAL, Role.LIAISON_OFFICER, Role.CENTRE_STAFF }) {
            staffJsts.addAll(permissions.jstsWith(r));
        }
        List<JstSummary> jstOptions = permissions.isPlatformAdmin() ? jsts.members()
                : jsts.all().stream().filter(j -> staffJsts.contains(j.id())).toList();
        List<OrganizationSummary> orgOptions = organizations.findAll(organizations.representedBy(userId))
            .values()
            .stream()
            .sorted(Comparator.comparing(OrganizationSummary::name))
            .toList();
        if (jstOptions.isEmpty() && orgOptions.isEmpty()) {
            throw new NotAllowed("may not post offers");
        }
        model.addAttribute("jstOptions", jstOptions);
        model.addAttribute("orgOptions", orgOptions);
        model.addAttribute("kinds", NoticeKind.values());
        return "noticeboard/form";
    }

}

package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
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
import pl.wspolnie.governance.domain.Election;
import pl.wspolnie.governance.domain.Elections;
import pl.wspolnie.governance.domain.GovernancePages;
import pl.wspolnie.governance.domain.GovernancePages.ElectionPage;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Elections of the NGO members of the Council by the Forum: calling one, nominations and
 * their acceptance, the vote (one ballot per party), the close, and the protocol PDF.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ElectionController {

    record NominationForm(
            @NotBlank(message = "{governance.field.required}") @Size(max = 200,
                    message = "{governance.field.tooLong}") String email,
            @NotNull(message = "{governance.field.required}") Long partyId) {
    }

    private final Elections elections;

    private final Agreements agreements;

    private final GovernancePages pages;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    private static String path(long id, long electionId) {
        return "/governance/" + id + "/elections/" + electionId;
    }

    @PostMapping("/governance/{id:\\d+}/elections")
    String call(@PathVariable long id, @RequestParam(name = "title", required = false) String title,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        long[] created = new long[1];
        String target = Outcomes.step(redirect, "/governance/" + id + "/council", "governance.election.called",
                () -> created[0] = elections.call(me, id, title));
        return created[0] == 0 ? target : "redirect:" + path(id, created[0]);
    }

    @GetMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}")
    String page(@PathVariable long id, @PathVariable long electionId, Model model) {
        ElectionPage page = pages.election(id, electionId);
        model.addAttribute("page", page);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new NominationForm("", null));
        }
        return "governance/election";
    }

    @PostMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/nominations")
    String nominate(@PathVariable long id, @PathVariable long electionId,
            @Valid @ModelAttribute("form") NominationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "governance.nomination.sent",
                () -> elections.nominate(me, id, electionId, form.email(), form.partyId()), path(id, electionId),
                () -> page(id, electionId, model));
    }

    @PostMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/nominations/{nominationId:\\d+}/accept")
    String accept(@PathVariable long id, @PathVariable long electionId, @PathVariable long nominationId,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, electionId), "governance.nomination.acceptedNotice",
                () -> elections.accept(me, id, electionId, nominationId));
    }

    @PostMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/open")
    String open(@PathVariable long id, @PathVariable long electionId, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, electionId), "governance.election.opened",
                () -> elections.openVoting(me, id, electionId));
    }

    @PostMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/ballot")
    String vote(@PathVariable long id, @PathVariable long electionId,
            @RequestParam(name = "choices", required = false) List<Long> choices, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, electionId), "governance.vote.cast",
                () -> elections.vote(me, id, electionId, choices == null ? List.of() : choices));
    }

    @PostMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/close")
    String close(@PathVariable long id, @PathVariable long electionId, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, electionId), "governance.election.closedNotice",
                () -> elections.close(me, id, electionId));
    }

    @GetMapping("/governance/{id:\\d+}/elections/{electionId:\\d+}/protocol.pdf")
    ResponseEntity<byte[]> protocol(@PathVariable long id, @PathVariable long electionId, Locale locale) {
        ElectionPage page = pages.election(id, electionId);
        if (page.election().getStatus() != Election.Status.CLOSED) {
            throw new NotFound("protocol of election " + electionId + " before its close");
        }
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("today", agreements.today());
        model.put("pdfFooter", page.agreement().getTitle() + " · " + page.election().getTitle());
        byte[] bytes = pdf.render("governance/protocol-pdf", model, locale);
        return FileDownloads.pdf(bytes, "protokol-wyborow-" + electionId + ".pdf");
    }

}

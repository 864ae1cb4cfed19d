package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.servlet.http.HttpServletResponse;
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
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.consultations.domain.ConsultationWorkflow.PaperRemarkInput;
import pl.wspolnie.consultations.domain.ConsultationWorkflow.RemarkInput;
import pl.wspolnie.consultations.domain.DraftItem;
import pl.wspolnie.consultations.domain.Participation;
import pl.wspolnie.consultations.domain.Remark;
import pl.wspolnie.consultations.domain.RemarkSource;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;

import java.util.List;

/**
 * Participants' remarks (new, edit by the author) and remarks received on paper or by
 * e-mail.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class RemarkController {

    static final int MAX_TEXT = 10_000;

    record RemarkForm(Long itemId, Long organizationId,
            @NotBlank(message = "{consultations.remark.proposal.required}") @Size(max = MAX_TEXT,
                    message = "{consultations.field.tooLong10000}") String proposal,
            @Size(max = MAX_TEXT, message = "{consultations.field.tooLong10000}") String justification) {
        RemarkInput input() {
            return new RemarkInput(itemId, organizationId, proposal, justification);
        }
    }

    record PaperRemarkForm(Long itemId,
            @NotBlank(message = "{consultations.field.required}") @Size(max = 300,
                    message = "{consultations.field.tooLong}") String authorName,
            @Size(max = 500, message = "{consultations.field.tooLong}") String organizationName,
            @NotNull(message = "{consultations.remark.source.required}") RemarkSource source,
            @Size(max = 500, message = "{consultations.field.tooLong}") String sourceNote,
            @NotBlank(message = "{consultations.remark.proposal.required}") @Size(max = MAX_TEXT,
                    message = "{consultations.field.tooLong10000}") String proposal,
            @Size(max = MAX_TEXT, message = "{consultations.field.tooLong10000}") String justification) {
        PaperRemarkInput input() {
            return new PaperRemarkInput(itemId, authorName, organizationName, source, sourceNote, proposal,
                    justification);
        }
    }

    private final ConsultationWorkflow workflow;

    private final Permissions permissions;

    @GetMapping("/consultations/{id:\\d+}/remarks/new")
    String newRemark(@PathVariable long id, @RequestParam(name = "item", required = false) Long item, Model model) {
        permissions.requireUser();
        model.addAttribute("form", new RemarkForm(item, null, "", ""));
        return remarkPage(id, null, model);
    }

    @PostMapping("/consultations/{id:\\d+}/remarks/new")
    String addRemark(@PathVariable long id, @Valid @ModelAttribute("form") RemarkForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        permissions.requireUser();
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.remark.saved",
                () -> "/consultations/" + id + "#remark-" + workflow.addRemark(id, form.input()),
                () -> remarkPage(id, null, model));
    }

    @GetMapping("/consultations/{id:\\d+}/remarks/{remarkId:\\d+}/edit")
    String editForm(@PathVariable long id, @PathVariable long remarkId, Model model) {
        Remark r = ownRemark(id, remarkId);
        model.addAttribute("form",
                new RemarkForm(r.getItemId(), r.getOrganizationId(), r.getProposal(), r.getJustification()));
        return remarkPage(id, r, model);
    }

    @PostMapping("/consultations/{id:\\d+}/remarks/{remarkId:\\d+}/edit")
    String edit(@PathVariable long id, @PathVariable long remarkId, @Valid @ModelAttribute("form") RemarkForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Remark r = ownRemark(id, remarkId);
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.remark.updated",
                () -> workflow.editRemark(id, remarkId, form.input()), "/consultations/" + id + "#remark-" + remarkId,
                () -> remarkPage(id, r, model));
    }

    private Remark ownRemark(long id, long remarkId) {
        long me = permissions.requireUser().userId();
        Remark r = workflow.remark(id, remarkId);
        if (r.getAuthorUserId() == null || r.getAuthorUserId() != me) {
            throw new NotAllowed("not the author");
        }
        return r;
    }

    private String remarkPage(long id, Remark editing, Model model) {
        Consultation c = workflow.get(id);
        model.addAttribute("c", c);
        model.addAttribute("editing", editing);
        model.addAttribute("paragraphs", paragraphs(id));
        model.addAttribute("organizations", workflow.organizationsOfCurrentUser());
        model.addAttribute("allowOrganization", c.getParticipation() != Participation.RESIDENTS);
        model.addAttribute("requireOrganization", c.getParticipation() == Participation.NGOS);
        return "consultations/remark";
    }

    private List<DraftItem> paragraphs(long id) {
        return workflow.items(id, 1).stream().filter(i -> !i.isChapter()).toList();
    }

    @GetMapping("/consultations/{id:\\d+}/remarks/paper")
    String paperForm(@PathVariable long id, Model model) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        model.addAttribute("form", new PaperRemarkForm(null, "", "", RemarkSource.PAPER, "", "", ""));
        return paperPage(c, model);
    }

    @PostMapping("/consultations/{id:\\d+}/remarks/paper")
    String addPaper(@PathVariable long id, @Valid @ModelAttribute("form") PaperRemarkForm form, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Consultation c = workflow.get(id);
        workflow.requireOfficial(c.getJstId());
        FormInput.requireBound(result);
        return Outcomes.form(result, model, redirect, response, "consultations.remark.saved",
                () -> "/consultations/" + id + "#remark-" + workflow.addPaperRemark(id, form.input()),
                () -> paperPage(c, model));
    }

    private String paperPage(Consultation c, Model model) {
        model.addAttribute("c", c);
        model.addAttribute("paragraphs", paragraphs(c.getId()));
        model.addAttribute("sources", List.of(RemarkSource.PAPER, RemarkSource.EMAIL));
        return "consultations/paper";
    }

}

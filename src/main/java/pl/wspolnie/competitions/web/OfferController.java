package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Uploads;
import pl.wspolnie.competitions.domain.announcement.Announcements;
import pl.wspolnie.competitions.domain.announcement.Competition;
import org.springframework.context.MessageSource;
import pl.wspolnie.competitions.domain.offer.OfferAttachments;
import pl.wspolnie.competitions.domain.offer.OfferForm;
import pl.wspolnie.competitions.domain.offer.OfferSection;
import pl.wspolnie.competitions.domain.offer.OfferRules;
import pl.wspolnie.competitions.domain.offer.OfferStatus;
import pl.wspolnie.competitions.domain.offer.Offers;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.shared.domain.RuleViolation;

import java.util.List;
import pl.wspolnie.shared.web.Flash;
import pl.wspolnie.shared.web.Outcomes;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.stream.Collectors;
import org.springframework.validation.BeanPropertyBindingResult;
import pl.wspolnie.competitions.domain.decision.Decisions;
import pl.wspolnie.competitions.domain.offer.Offer;

/**
 * An offer: started from a competition's page, edited and saved as a draft, submitted,
 * withdrawn, verified.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class OfferController {

    private final Offers offers;

    private final Announcements announcements;

    private final Clock clock;

    private final Decisions decisions;

    private final OfferAttachments attachments;

    private final MessageSource messages;

    /**
     * A row of the attachments table: a required attachment (with its file or none) or
     * another file.
     */
    public record AttachmentRow(String requiredName, OfferAttachments.Listed file) {
    }

    @PostMapping("/competitions/{id:\\d+}/offers")
    String start(@PathVariable long id, @RequestParam(required = false) Long leadOrganizationId,
            @RequestParam(defaultValue = "") String title, RedirectAttributes redirect) {
        if (leadOrganizationId == null) {
            redirect.addFlashAttribute("warning", "competitions.offer.lead.required");
            return "redirect:/competitions/" + id;
        }
        String t = title.strip();
        return Outcomes.orPage(() -> Outcomes.redirect(redirect, "competitions.offer.started",
                "/offers/" + offers.startDraft(id, leadOrganizationId, t.length() > 300 ? t.substring(0, 300) : t)),
                e -> {
                    Flash.warning(redirect, e);
                    return "redirect:/competitions/" + id;
                });
    }

    @GetMapping("/offers")
    String mine(Model model) {
        List<Offer> list = offers.mine();
        model.addAttribute("offers", list);
        model.addAttribute("orgs", offers.organizationsOf(list));
        return "competitions/my-offers";
    }

    @GetMapping("/offers/{id:\\d+}")
    String open(@PathVariable long id, Model model) {
        Offers.Workspace w = offers.open(id);
        OfferForm form = w.form();
        if (w.offer().isInEditableState()) {
            form.withBlankRows();
        }
        ensureSplitRows(form, w.offerors());
        model.addAttribute("form", form);
        BindingResult result = new BeanPropertyBindingResult(form, "form");
        OfferRules.Check check = OfferRules.check(form, w.competition(), id, w.offerors(), false);
        check.problems().forEach(p -> p.addTo(result));
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", result);
        return page(model, w, check.computed());
    }

    @PostMapping("/offers/{id:\\d+}")
    String save(@PathVariable long id, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
            @RequestParam(defaultValue = "save") String action, Model model, RedirectAttributes redirect) {
        Offers.Workspace w = offers.open(id);
        w.offer().requireEditable();
        ensureSplitRows(form, w.offerors());
        // Unreadable or too long input: nothing is saved, everything typed is shown again
        // with the errors; so is a refusal of the save.
        return Outcomes.form(result, () -> {
            Offers.Outcome outcome = "submit".equals(action) ? offers.submit(id, form) : offers.saveDraft(id, form);
            if (outcome.version() != null) {
                redirect.addFlashAttribute("notice", "competitions.offer.submitted");
                if (!outcome.missingAttachments().isEmpty()) {
                    redirect.addFlashAttribute("submittedWithoutAttachments",
                            String.join(", ", outcome.missingAttachments()));
                }
                return "redirect:/offers/" + id;
            }
            outcome.check().problems().forEach(p -> p.addTo(result));
            Offers.Workspace saved = offers.open(id);
            ensureSplitRows(form, saved.offerors());
            model.addAttribute("notice",
                    "submit".equals(action) ? "competitions.offer.notSubmitted" : "competitions.offer.saved");
            return page(model, saved, outcome.check().computed());
        }, () -> page(model, w, OfferRules.check(form, w.competition(), id, w.offerors(), false).computed()));
    }

    /**
     * Autosave (htmx, while the offeror types): saves the draft as typed, without
     * checking it against the call's rules, and answers a small status fragment for an
     * aria-live region. Another organisation's offer → 403, a submitted one → 409.
     * Unreadable or too long input is not saved (the status says so; "Save" shows the
     * field errors).
     */
    @PostMapping("/offers/{id:\\d+}/autosave")
    String autosave(@PathVariable long id, @Valid @ModelAttribute("form") OfferForm form, BindingResult result,
            @RequestParam(required = false) Long draftVersion, Model model) {
        Offers.Workspace w = offers.open(id);
        w.offer().requireEditable();
        ensureSplitRows(form, w.offerors());
        if (result.hasErrors()) {
            model.addAttribute("autosaveProblem", "competitions.autosave.invalid");
            return "competitions/autosave :: status";
        }
        if (draftVersion != null && draftVersion != w.offer().getVersion()) {
            // The draft was saved since this page's last save (the Save button, another
            // window): an older autosave
            // arriving late must not overwrite it.
            model.addAttribute("autosaveProblem", "competitions.autosave.stale");
            return "competitions/autosave :: status";
        }
        // A refusal is said in the status (200: htmx swaps only a successful answer).
        return Outcomes.orPage(() -> {
            offers.saveDraft(id, form);
            model.addAttribute("savedAt", LocalTime.now(clock).format(DateTimeFormatter.ofPattern("HH:mm:ss")));
            model.addAttribute("draftVersion", offers.open(id).offer().getVersion());
            return "competitions/autosave :: status";
        }, e -> {
            model.addAttribute("autosaveProblem", e.messageKey());
            return "competitions/autosave :: status";
        });
    }

    @PostMapping("/offers/{id:\\d+}/withdraw")
    String withdraw(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/offers/" + id, "competitions.offer.withdrawn", () -> offers.withdraw(id));
    }

    @PostMapping("/offers/{id:\\d+}/reopen")
    String reopen(@PathVariable long id, RedirectAttributes redirect) {
        return Outcomes.stepOrConflict(redirect, "/offers/" + id, "competitions.offer.reopened",
                () -> offers.reopen(id));
    }

    /**
     * Attaches a file (its type and size checked); a refusal shows the offer's page again
     * (422) with the error at the file input and the chosen slot kept.
     */
    @PostMapping("/offers/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "") String requiredName, Model model, RedirectAttributes redirect) {
        return Outcomes.orPage(() -> {
            // a file larger than the limit is refused by its size, without reading it
            attachments.attach(id, requiredName, Uploads.read(file, (int) attachments.maxBytes()));
            return Outcomes.redirect(redirect, "competitions.attachment.added", "/offers/" + id + "#attachments");
        }, e -> {
            model.addAttribute("attachmentError", e);
            model.addAttribute("attachmentSlot", requiredName);
            String page = open(id, model);
            // the page's one error summary: the offer form's when it shows its own errors
            model.addAttribute("attachmentSummaryId",
                    model.getAttribute(BindingResult.MODEL_KEY_PREFIX + "form") instanceof BindingResult form
                            && form.hasErrors() ? "attachment-errors" : "error-summary");
            return page;
        });
    }

    @PostMapping("/offers/{id:\\d+}/attachments/{aid:\\d+}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long aid, RedirectAttributes redirect) {
        return Outcomes.step(redirect, "/offers/" + id + "#attachments", "competitions.attachment.removed",
                () -> attachments.remove(id, aid));
    }

    @GetMapping("/offers/{id:\\d+}/versions/{number:\\d+}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable int number) {
        byte[] pdf = offers.versionPdf(id, number, LocaleContextHolder.getLocale());
        return FileDownloads.pdf(pdf, "oferta-" + id + "-v" + number + ".pdf");
    }

    @GetMapping("/offers/verify")
    String verify(@RequestParam(required = false) String checksum, Model model) {
        model.addAttribute("checksum", checksum == null ? "" : checksum);
        if (checksum != null && !checksum.isBlank()) {
            return Outcomes.orPage(() -> {
                model.addAttribute("found", offers.verify(checksum));
                return "competitions/verify";
            }, e -> {
                model.addAttribute("checksumError", e.messageKey());
                return "competitions/verify";
            });
        }
        return "competitions/verify";
    }

    @GetMapping("/competitions/{id:\\d+}/offers")
    String submitted(@PathVariable long id, Model model) {
        Competition c = announcements.forEdit(id);
        List<Offer> list = offers.submittedIn(id);
        model.addAttribute("c", c);
        model.addAttribute("offers", list);
        model.addAttribute("orgs", offers.organizationsOf(list));
        return "competitions/submitted";
    }

    private void attachmentsModel(Model model, Offers.Workspace w) {
        model.addAttribute("outsideSphere", offers.offerorsOutsideTaskSphere(w));
        List<OfferAttachments.Listed> files = attachments.current(w.offer().getId());
        List<AttachmentRow> rows = new ArrayList<>();
        for (String required : w.competition().requiredAttachmentList()) {
            List<OfferAttachments.Listed> forIt = files.stream()
                .filter(f -> required.equals(f.getRequiredName()))
                .toList();
            if (forIt.isEmpty()) {
                rows.add(new AttachmentRow(required, null));
            }
            forIt.forEach(f -> rows.add(new AttachmentRow(required, f)));
        }
        files.stream().filter(f -> f.getRequiredName() == null).forEach(f -> rows.add(new AttachmentRow(null, f)));
        model.addAttribute("attachmentRows", rows);
        model.addAttribute("missingAttachments", OfferAttachments.missing(w.competition(),
                files.stream().map(OfferAttachments.Listed::getRequiredName).toList()));
        model.addAttribute("attachmentsEditable",
                OfferAttachments.attachmentsEditable(w.offer(), w.competition(), clock.instant()));
        model.addAttribute("attachmentMaxMb", attachments.maxMb());
    }

    /** One V.C row per offeror of a joint offer (the lead first). */
    private static void ensureSplitRows(OfferForm form, List<OrganizationSummary> offerors) {
        List<OfferForm.SplitRow> rows = new ArrayList<>(form.getSplit());
        while (rows.size() < offerors.size()) {
            rows.add(new OfferForm.SplitRow());
        }
        for (int i = 0; i < offerors.size(); i++) {
            rows.get(i).setOrganizationId(offerors.get(i).id());
        }
        form.setSplit(offerors.size() > 1 ? rows.subList(0, offerors.size()) : new ArrayList<>());
    }

    private String page(Model model, Offers.Workspace w, OfferRules.Computed computed) {
        model.addAttribute("offer", w.offer());
        model.addAttribute("c", w.competition());
        model.addAttribute("offerors", w.offerors());
        model.addAttribute("versions", w.versions());
        model.addAttribute("computed", computed);
        OfferStatus status = w.offer().getStatus();
        model.addAttribute("editable", w.offer().isInEditableState());
        model.addAttribute("budgetUpdate", status == OfferStatus.BUDGET_UPDATE);
        model.addAttribute("award", decisions.awardOf(w.offer().getId()).orElse(null));
        model.addAttribute("deadlinePassed", !w.offer().isEditable(w.competition(), clock.instant()));
        model.addAttribute("mayWithdraw", w.offer().mayBeWithdrawn(w.competition(), clock.instant()));
        model.addAttribute("mayReopen", w.offer().mayBeReopened(w.competition(), clock.instant()));
        model.addAttribute("unlocked", w.offer().unlockedSections().stream().map(Enum::name).toList());
        model.addAttribute("unlockedLabels", w.offer()
            .unlockedSections()
            .stream()
            .map(s -> s == OfferSection.ATTACHMENTS ? messages.getMessage(
                    "competitions.offer.section.short.ATTACHMENTS", null, LocaleContextHolder.getLocale()) : s.name())
            .collect(Collectors.joining(", ")));
        attachmentsModel(model, w);
        model.addAttribute("correction", w.offer().getStatus() == OfferStatus.CORRECTION);
        model.addAttribute("formalChecks", FormalReviewController.checks(w.offer().getFormalChecks()));
        return "competitions/offer";
    }

}

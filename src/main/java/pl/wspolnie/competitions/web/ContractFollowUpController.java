package pl.wspolnie.competitions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.competitions.domain.contract.AnswerForm;
import pl.wspolnie.competitions.domain.contract.ContractControls;
import pl.wspolnie.competitions.domain.contract.ContractReturns;
import pl.wspolnie.competitions.domain.contract.ReturnPaymentForm;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.competitions.domain.contract.ContractThread;
import pl.wspolnie.competitions.domain.contract.ControlPhase;
import pl.wspolnie.competitions.domain.contract.ControlPlanForm;
import pl.wspolnie.competitions.domain.contract.ControlRecordForm;
import pl.wspolnie.competitions.domain.contract.RecommendationForm;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * After the contract (issue 19): the contract's message thread and the controls of the
 * task, for the contract's parties only (the officials of its JST and the offer's
 * representatives).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractFollowUpController {

    private final ContractThread thread;

    private final ContractControls controls;

    private final ContractReturns returns;

    @GetMapping("/offers/{id:\\d+}/contract/return")
    String toReturn(@PathVariable long id, Model model) {
        model.addAttribute("payment", new ReturnPaymentForm());
        return returnPage(id, model);
    }

    @PostMapping("/offers/{id:\\d+}/contract/return")
    String pay(@PathVariable long id, @Valid @ModelAttribute("payment") ReturnPaymentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.return.recorded", () -> returns.recordPayment(id, form),
                "/offers/" + id + "/contract/return", () -> returnPage(id, model));
    }

    private String returnPage(long id, Model model) {
        model.addAttribute("v", returns.view(id).orElseThrow(() -> new NotFound("return of contract " + id)));
        return "competitions/contract-return";
    }

    @GetMapping("/offers/{id:\\d+}/contract/messages")
    String thread(@PathVariable long id, Model model) {
        model.addAttribute("message", new ContractMessageForm());
        return threadPage(id, model);
    }

    @PostMapping("/offers/{id:\\d+}/contract/messages")
    String post(@PathVariable long id, @Valid @ModelAttribute("message") ContractMessageForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.thread.posted",
                () -> thread.post(id, form.getBody(), upload(form.getFile())), "/offers/" + id + "/contract/messages",
                () -> threadPage(id, model));
    }

    @GetMapping("/offers/{id:\\d+}/contract/messages/{messageId:\\d+}/file")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long messageId) {
        StoredFile file = thread.attachment(id, messageId);
        return FileDownloads.attachment(file.getFileName(), file.getMediaType()).body(file.getContent());
    }

    @GetMapping("/offers/{id:\\d+}/controls")
    String controls(@PathVariable long id, Model model) {
        model.addAttribute("plan", new ControlPlanForm());
        return controlsPage(id, model);
    }

    @PostMapping("/offers/{id:\\d+}/controls")
    String plan(@PathVariable long id, @Valid @ModelAttribute("plan") ControlPlanForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.control.planned",
                () -> "/offers/" + id + "/controls/" + controls.plan(id, form), () -> controlsPage(id, model));
    }

    @GetMapping("/offers/{id:\\d+}/controls/{controlId:\\d+}")
    String control(@PathVariable long id, @PathVariable long controlId, Model model) {
        return controlPage(id, controlId, model);
    }

    @PostMapping("/offers/{id:\\d+}/controls/{controlId:\\d+}/record")
    String record(@PathVariable long id, @PathVariable long controlId,
            @Valid @ModelAttribute("findings") ControlRecordForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.control.recorded",
                () -> controls.record(id, controlId, form), controlPath(id, controlId),
                () -> controlPage(id, controlId, model));
    }

    @PostMapping("/offers/{id:\\d+}/controls/{controlId:\\d+}/recommendations")
    String recommend(@PathVariable long id, @PathVariable long controlId,
            @Valid @ModelAttribute("recommendation") RecommendationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.control.recommended",
                () -> controls.recommend(id, controlId, form), controlPath(id, controlId),
                () -> controlPage(id, controlId, model));
    }

    @PostMapping("/offers/{id:\\d+}/controls/{controlId:\\d+}/recommendations/{recommendationId:\\d+}/answer")
    String answer(@PathVariable long id, @PathVariable long controlId, @PathVariable long recommendationId,
            @Valid @ModelAttribute("answer") AnswerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return Outcomes.form(result, redirect, "competitions.control.answered",
                () -> controls.answer(id, controlId, recommendationId, form), controlPath(id, controlId), () -> {
                    model.addAttribute("answering", recommendationId);
                    return controlPage(id, controlId, model);
                });
    }

    @GetMapping("/offers/{id:\\d+}/controls/{controlId:\\d+}/protocol.pdf")
    ResponseEntity<byte[]> protocol(@PathVariable long id, @PathVariable long controlId) {
        byte[] pdf = controls.protocol(id, controlId, LocaleContextHolder.getLocale());
        return FileDownloads.inline("kontrola-" + controlId + ".pdf", MediaType.APPLICATION_PDF_VALUE).body(pdf);
    }

    private String threadPage(long id, Model model) {
        model.addAttribute("t", thread.open(id));
        return "competitions/contract-thread";
    }

    private String controlsPage(long id, Model model) {
        model.addAttribute("v", controls.view(id));
        model.addAttribute("phases", ControlPhase.values());
        return "competitions/controls";
    }

    private String controlPage(long id, long controlId, Model model) {
        model.addAttribute("v", controls.view(id));
        model.addAttribute("r", controls.control(id, controlId));
        if (!model.containsAttribute("findings")) {
            model.addAttribute("findings", new ControlRecordForm());
        }
        if (!model.containsAttribute("recommendation")) {
            model.addAttribute("recommendation", new RecommendationForm());
        }
        if (!model.containsAttribute("answer")) {
            model.addAttribute("answer", new AnswerForm());
        }
        return "competitions/control";
    }

    private static String controlPath(long id, long controlId) {
        return "/offers/" + id + "/controls/" + controlId;
    }

    private static ContractThread.Upload upload(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            // read at most one byte beyond the largest allowed size: the service refuses
            // it
            return new ContractThread.Upload(file.getOriginalFilename(), file.getSize(),
                    in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, file.getSize() + 1)));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}

package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.text.TypedDates;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
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
import pl.wspolnie.governance.domain.AgreementDocument;
import pl.wspolnie.governance.domain.Agreements;
import pl.wspolnie.governance.domain.DocumentPages;
import pl.wspolnie.governance.domain.Documents;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The agreement's versioned documents: the list, a document with the version in force on
 * a day, a version's permanent page and PDF, the diff of two versions; the coordinator or
 * a Council member makes documents and versions, puts a draft to consultation and records
 * a version's adoption by a resolution.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class DocumentController {

    record DocumentForm(@NotNull(message = "{governance.field.required}") AgreementDocument.Kind kind,
            @NotBlank(message = "{governance.field.required}") @Size(max = 500,
                    message = "{governance.field.tooLong}") String title,
            @NotBlank(message = "{governance.field.required}") @Size(max = 200_000,
                    message = "{governance.field.tooLong}") String text) {
    }

    record VersionForm(@NotBlank(message = "{governance.field.required}") @Size(max = 200_000,
            message = "{governance.field.tooLong}") String text) {
    }

    private final Documents documents;

    private final DocumentPages pages;

    private final Agreements agreements;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    @Bean
    static PublicPaths governanceDocumentPublicPaths() {
        return PublicPaths.get("/governance/{id:\\d+}/documents", "/governance/{id:\\d+}/documents/{documentId:\\d+}",
                "/governance/{id:\\d+}/documents/{documentId:\\d+}/diff",
                "/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}",
                "/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}.pdf");
    }

    private static String path(long id, long documentId) {
        return "/governance/" + id + "/documents/" + documentId;
    }

    @GetMapping("/governance/{id:\\d+}/documents")
    String list(@PathVariable long id, Model model) {
        model.addAttribute("page", pages.list(id));
        return "governance/documents";
    }

    @GetMapping("/governance/{id:\\d+}/documents/new")
    String newForm(@PathVariable long id, Model model) {
        model.addAttribute("form", new DocumentForm(AgreementDocument.Kind.COUNCIL_REGULATION, "", ""));
        return formPage(id, model);
    }

    @PostMapping("/governance/{id:\\d+}/documents/new")
    String create(@PathVariable long id, @Valid @ModelAttribute("form") DocumentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "governance.document.created",
                () -> path(id, documents.create(me, id, form.kind(), form.title(), form.text())),
                () -> formPage(id, model));
    }

    private String formPage(long id, Model model) {
        requireEditor(id);
        model.addAttribute("agreement", agreements.get(id));
        model.addAttribute("kinds", AgreementDocument.Kind.values());
        return "governance/document-form";
    }

    @GetMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}")
    String show(@PathVariable long id, @PathVariable long documentId,
            @RequestParam(name = "date", required = false) String date, Model model) {
        LocalDate day = null;
        if (date != null && !date.isBlank()) {
            try {
                day = TypedDates.parse(date);
            }
            catch (DateTimeParseException e) {
                model.addAttribute("warning", "governance.field.dateInvalid");
            }
        }
        model.addAttribute("page", pages.document(id, documentId, day));
        return "governance/document";
    }

    @GetMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}")
    String version(@PathVariable long id, @PathVariable long documentId, @PathVariable int number, Model model) {
        model.addAttribute("page", pages.version(id, documentId, number));
        return "governance/document-version";
    }

    @GetMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}.pdf")
    ResponseEntity<byte[]> versionPdf(@PathVariable long id, @PathVariable long documentId, @PathVariable int number,
            Locale locale) {
        DocumentPages.VersionPage page = pages.version(id, documentId, number);
        Map<String, Object> model = new HashMap<>();
        model.put("page", page);
        model.put("pdfFooter", page.document().getTitle() + " · " + number + " · SHA-256 "
                + page.row().version().getSha256().substring(0, 16) + "…");
        return FileDownloads.inline("dokument-" + documentId + "-wersja-" + number + ".pdf", "application/pdf")
            .body(pdf.render("governance/document-pdf", model, locale));
    }

    @GetMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/diff")
    String diff(@PathVariable long id, @PathVariable long documentId, @RequestParam(name = "from") int from,
            @RequestParam(name = "to") int to, Model model) {
        model.addAttribute("page", pages.diff(id, documentId, from, to));
        return "governance/document-diff";
    }

    @GetMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/new")
    String versionForm(@PathVariable long id, @PathVariable long documentId, Model model) {
        DocumentPages.DocumentPage page = pages.document(id, documentId, null);
        var versions = page.versions();
        model.addAttribute("form", new VersionForm(versions.get(versions.size() - 1).version().getText()));
        return versionFormPage(id, documentId, model);
    }

    @PostMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/new")
    String addVersion(@PathVariable long id, @PathVariable long documentId,
            @Valid @ModelAttribute("form") VersionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        return Outcomes.form(result, redirect, "governance.document.versionAdded",
                () -> path(id, documentId) + "/versions/" + documents.addVersion(me, id, documentId, form.text()),
                () -> versionFormPage(id, documentId, model));
    }

    private String versionFormPage(long id, long documentId, Model model) {
        requireEditor(id);
        model.addAttribute("agreement", agreements.get(id));
        model.addAttribute("document", documents.get(id, documentId));
        return "governance/version-form";
    }

    @PostMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}/consultation")
    String consult(@PathVariable long id, @PathVariable long documentId, @PathVariable int number,
            @RequestParam(name = "endsOn", required = false) String endsOn, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, documentId), "governance.document.consulted",
                () -> documents.consult(me, id, documentId, number, Dates.parse(endsOn, "endsOn")));
    }

    @PostMapping("/governance/{id:\\d+}/documents/{documentId:\\d+}/versions/{number:\\d+}/adoption")
    String adopt(@PathVariable long id, @PathVariable long documentId, @PathVariable int number,
            @RequestParam(name = "resolutionId", required = false) Long resolutionId,
            @RequestParam(name = "inForceFrom", required = false) String inForceFrom, RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        return Outcomes.step(redirect, path(id, documentId), "governance.document.adopted", () -> {
            if (resolutionId == null) {
                throw new RuleViolation("resolutionId", "governance.field.required");
            }
            documents.adopt(me, id, documentId, number, resolutionId, Dates.parse(inForceFrom, "inForceFrom"));
        });
    }

    private void requireEditor(long id) {
        if (!agreements.mayEdit(permissions.requireUser().userId(), agreements.get(id))) {
            throw new NotAllowed("may not edit the documents of agreement " + id);
        }
    }

}

package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.initiatives.domain.Initiatives;
import pl.wspolnie.shared.pdf.PdfDocuments;

import pl.wspolnie.shared.web.FileDownloads;

import java.util.Locale;
import java.util.Map;

/**
 * The agreement on carrying out a local initiative (umowa o wykonanie inicjatywy
 * lokalnej) as a PDF for the parties: what each side provides, the schedule, the
 * residents' contribution; its footer names the submitted version and its SHA-256.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class InitiativeAgreementController {

    private final Initiatives initiatives;

    private final PdfDocuments pdf;

    @GetMapping("/initiatives/{id:\\d+}/agreement.pdf")
    ResponseEntity<byte[]> agreement(@PathVariable long id, Locale locale) {
        Initiatives.View view = initiatives.agreement(id);
        String footer = view.versions().isEmpty() ? view.initiative().getTitle() : view.initiative().getTitle() + " · v"
                + view.versions().get(0).getNumber() + " · SHA-256 " + view.versions().get(0).getSha256();
        byte[] bytes = pdf.render("initiatives/agreement-pdf", Map.of("view", view, "pdfFooter", footer), locale);
        return FileDownloads.pdf(bytes, "umowa-inicjatywa-lokalna-" + id + ".pdf");
    }

}

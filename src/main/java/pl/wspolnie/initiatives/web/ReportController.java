package pl.wspolnie.initiatives.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.context.annotation.Bean;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import pl.wspolnie.shared.web.FileDownloads;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.initiatives.domain.InitiativeReports;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;

/**
 * The report of an accepted initiative and its photos: written and uploaded by the
 * parties on the ledger page (the forms are answered by {@link LedgerController}), shown
 * publicly on the initiative's page.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ReportController {

    private final InitiativeReports reports;

    @Bean
    static PublicPaths initiativePhotoPublicPaths() {
        return PublicPaths.get("/initiatives/photos/{id:\\d+}");
    }

    /** Photos up to 10 MB; up to 15 MB the form answers with a field error. */
    @Bean
    static UploadLimit initiativePhotoUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(15), "/initiatives/{id}/photos");
    }

    @PostMapping("/initiatives/photos/{id:\\d+}/delete")
    String removePhoto(@PathVariable long id, RedirectAttributes redirect) {
        long initiative = reports.removePhoto(id);
        redirect.addFlashAttribute("notice", "initiatives.photo.removed");
        return "redirect:/initiatives/" + initiative + "/ledger";
    }

    @GetMapping("/initiatives/photos/{id:\\d+}")
    ResponseEntity<byte[]> photo(@PathVariable long id) {
        return FileDownloads.publicPhoto(reports.photo(id).getFile());
    }

}

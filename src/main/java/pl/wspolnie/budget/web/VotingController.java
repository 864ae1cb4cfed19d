package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.wspolnie.budget.domain.BallotPaper;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Results;
import pl.wspolnie.budget.domain.Voting;
import pl.wspolnie.budget.domain.VotingChannel;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.PublicPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The online ballot of a logged-in resident (plain HTML forms, no script needed): the
 * ballot, the review step, the final vote with its receipt code; and the public check of
 * a receipt code.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class VotingController {

    private final Voting voting;

    private final Editions editions;

    private final Permissions permissions;

    private final Results results;

    private final ResultsExport resultsExport;

    @GetMapping("/budget/{id:\\d+}/vote")
    String ballot(@PathVariable long id, Model model, HttpServletResponse response) {
        permissions.requireUser();
        model.addAttribute("form", new VoteForm());
        return ballot(voting.ballot(id), model, response);
    }

    @PostMapping("/budget/{id:\\d+}/vote")
    String vote(@PathVariable long id, @RequestParam(defaultValue = "review") String action,
            @Valid @ModelAttribute("form") VoteForm form, BindingResult result, Model model,
            HttpServletResponse response) {
        long accountId = permissions.requireUser().userId();
        BallotPaper ballot = voting.ballot(id);
        if ("change".equals(action)) {
            return ballot(ballot, model, response);
        }
        if (result.hasErrors()) {
            VoteForm.addRuleErrors(() -> voting.check(ballot, form.vote(), VotingChannel.ONLINE), result);
            return ballot(ballot, model, response);
        }
        try {
            if ("cast".equals(action)) {
                model.addAttribute("receipt", voting.castOnline(ballot, form.vote(), accountId));
                model.addAttribute("edition", ballot.edition());
                noStore(response);
                return "budget/vote-cast";
            }
            voting.check(ballot, form.vote(), VotingChannel.ONLINE);
        }
        catch (RuleViolation e) {
            e.addTo(result);
            return ballot(ballot, model, response);
        }
        model.addAttribute("ballot", ballot);
        model.addAttribute("chosen", ballot.chosen(form.getChoices()));
        noStore(response);
        return "budget/vote-review";
    }

    private String ballot(BallotPaper ballot, Model model, HttpServletResponse response) {
        model.addAttribute("ballot", ballot);
        model.addAttribute("edition", ballot.edition());
        model.addAttribute("open", voting.isOpen(ballot.edition()));
        noStore(response);
        return "budget/vote";
    }

    private static void noStore(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @GetMapping("/budget/{id:\\d+}/receipt")
    String receiptForm(@PathVariable long id, Model model) {
        model.addAttribute("edition", editions.get(id));
        return "budget/receipt";
    }

    @PostMapping("/budget/{id:\\d+}/receipt")
    String checkReceipt(@PathVariable long id, @RequestParam(defaultValue = "") String code, Model model) {
        Edition edition = editions.get(id);
        model.addAttribute("edition", edition);
        model.addAttribute("code", code);
        model.addAttribute("counted", voting.counted(id, code));
        return "budget/receipt";
    }

    /** The results, for anybody once voting has closed; 404 for everybody before. */
    @GetMapping("/budget/{id:\\d+}/results")
    String results(@PathVariable long id, Model model) {
        model.addAttribute("count", results.of(id));
        return "budget/results";
    }

    /** The anonymised ballot file, for anybody once voting has closed; 404 before. */
    @GetMapping("/budget/{id:\\d+}/ballots.csv")
    ResponseEntity<byte[]> ballotFile(@PathVariable long id) {
        Results.BallotFile file = results.ballotFile(id);
        return ResponseEntity.ok()
            .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
            .header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename("karty-" + id + ".csv").build().toString())
            .body(file.bytes());
    }

    /**
     * The results as CSV, XLSX or ODS, for anybody once voting has closed; 404 before.
     */
    @GetMapping("/budget/{id:\\d+}/results.{format}")
    void exportResults(@PathVariable long id, @PathVariable String format, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
            .orElseThrow(() -> new NotFound("export format " + format));
        Results.Count count = results.of(id);
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(resultsExport.fileName(id, locale) + "." + exportFormat.extension(), StandardCharsets.UTF_8)
            .build()
            .toString());
        TableExport.write(resultsExport.sheets(count, locale), exportFormat, response.getOutputStream());
    }

    /** How anybody can recount the votes and repeat the draw. */
    @GetMapping("/budget/{id:\\d+}/recount")
    String recount(@PathVariable long id, Model model) {
        Edition edition = editions.get(id);
        model.addAttribute("edition", edition);
        model.addAttribute("published", results.isPublished(edition));
        return "budget/recount";
    }

    @Bean
    static PublicPaths budgetResultsPaths() {
        return PublicPaths.get("/budget/{id:\\d+}/results", "/budget/{id:\\d+}/ballots.csv",
                "/budget/{id:\\d+}/recount", "/budget/{id:\\d+}/results.{format}");
    }

    @Bean
    static PublicPaths budgetReceiptPaths() {
        return PublicPaths.any("/budget/{id:\\d+}/receipt");
    }

}

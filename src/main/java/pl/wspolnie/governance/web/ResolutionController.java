package pl.wspolnie.governance.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.governance.domain.Resolution;
import pl.wspolnie.governance.domain.ResolutionPages;
import pl.wspolnie.governance.domain.ResolutionRegister;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.Table;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.time.ClockConfig;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The register of resolutions: public, searchable by title or number, exportable; a
 * resolution's page; the coordinator or a Council member records one adopted at a
 * meeting, with the named vote of the members present.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ResolutionController {

    record ResolutionForm(
            @NotBlank(message = "{governance.field.required}") @Size(max = 500,
                    message = "{governance.field.tooLong}") String title,
            @NotBlank(message = "{governance.field.required}") @Size(max = 50_000,
                    message = "{governance.field.tooLong}") String text,
            Long changesId, Resolution.Change change, String votes) {
    }

    /**
     * The form's "votes" carries no value: the votes are the "vote-{userId}" fields; a
     * refusal of them lands there.
     */
    private static final String VOTE = "vote-";

    private final ResolutionRegister resolutions;

    private final ResolutionPages pages;

    private final Permissions permissions;

    private final MessageSource messages;

    @Bean
    static PublicPaths governanceResolutionPublicPaths() {
        return PublicPaths.get("/governance/{id:\\d+}/resolutions", "/governance/{id:\\d+}/resolutions.csv",
                "/governance/{id:\\d+}/resolutions.xlsx", "/governance/{id:\\d+}/resolutions.ods",
                "/governance/{id:\\d+}/resolutions/{resolutionId:\\d+}");
    }

    @GetMapping("/governance/{id:\\d+}/resolutions")
    String register(@PathVariable long id, @RequestParam(name = "q", required = false) String q, Model model) {
        model.addAttribute("page", pages.register(id, q));
        return "governance/resolutions";
    }

    @GetMapping("/governance/{id:\\d+}/resolutions.{format:csv|xlsx|ods}")
    void export(@PathVariable long id, @PathVariable String format,
            @RequestParam(name = "q", required = false) String q, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
            .orElseThrow(() -> new NotFound("export format " + format));
        List<List<Object>> rows = new ArrayList<>();
        for (ResolutionPages.RegisterRow row : pages.register(id, q).rows()) {
            Resolution r = row.resolution();
            List<Object> cells = new ArrayList<>();
            cells.add(r.label());
            cells.add(r.getTitle());
            cells.add(r.getAdoptedOn());
            cells.add(text("governance.meeting.body." + row.meeting().getBody(), locale));
            cells.add(r.getVotesFor());
            cells.add(r.getVotesAgainst());
            cells.add(r.getVotesAbstained());
            cells.add(text("governance.resolution.status." + r.getStatus(), locale));
            rows.add(cells);
        }
        Table table = new Table(text("governance.resolution.register", locale),
                List.of(text("governance.resolution.number", locale), text("governance.resolution.field.title", locale),
                        text("governance.resolution.adoptedOn", locale), text("governance.meeting.field.body", locale),
                        text("governance.resolution.for", locale), text("governance.resolution.against", locale),
                        text("governance.resolution.abstained", locale), text("governance.resolution.status", locale)),
                rows);
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename("rejestr-uchwal." + exportFormat.extension(), StandardCharsets.UTF_8)
                    .build()
                    .toString());
        TableExport.write(table, exportFormat, response.getOutputStream());
    }

    @GetMapping("/governance/{id:\\d+}/resolutions/{resolutionId:\\d+}")
    String page(@PathVariable long id, @PathVariable long resolutionId, Model model) {
        model.addAttribute("page", pages.resolution(id, resolutionId));
        return "governance/resolution";
    }

    @GetMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/resolutions/new")
    String form(@PathVariable long id, @PathVariable long meetingId, Model model) {
        model.addAttribute("form", new ResolutionForm("", "", null, null, null));
        return formPage(id, meetingId, Map.of(), model);
    }

    @PostMapping("/governance/{id:\\d+}/meetings/{meetingId:\\d+}/resolutions/new")
    String adopt(@PathVariable long id, @PathVariable long meetingId,
            @Valid @ModelAttribute("form") ResolutionForm form, BindingResult result,
            @RequestParam Map<String, String> params, Model model, HttpServletResponse response,
            RedirectAttributes redirect) {
        long me = permissions.requireUser().userId();
        FormInput.requireBound(result);
        Map<Long, Resolution.Vote> votes = votes(params);
        return Outcomes
            .form(result, model, redirect, response, "governance.resolution.adopted",
                    () -> "/governance/" + id + "/resolutions/"
                            + resolutions.adopt(me, id, meetingId, new ResolutionRegister.Draft(form.title(),
                                    form.text(), form.changesId(), form.change()), votes),
                    () -> formPage(id, meetingId, params, model));
    }

    /**
     * The votes typed: "vote-{userId}" = FOR, AGAINST or ABSTAINED (empty: did not vote).
     */
    private static Map<Long, Resolution.Vote> votes(Map<String, String> params) {
        Map<Long, Resolution.Vote> votes = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(VOTE) && value != null && !value.isBlank()) {
                try {
                    votes.put(Long.parseLong(name.substring(VOTE.length())), Resolution.Vote.valueOf(value));
                }
                catch (IllegalArgumentException e) {
                    throw new RuleViolation("votes", "governance.resolution.voteNotPresent");
                }
            }
        });
        return votes;
    }

    private String formPage(long id, long meetingId, Map<String, String> params, Model model) {
        ResolutionPages.FormPage page = pages.form(id, meetingId);
        model.addAttribute("page", page);
        model.addAttribute("typed", params);
        model.addAttribute("votes", Resolution.Vote.values());
        model.addAttribute("changes", Resolution.Change.values());
        model.addAttribute("meetingDay", page.meeting().getStartsAt().atZone(ClockConfig.WARSAW).toLocalDate());
        return "governance/resolution-form";
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

}

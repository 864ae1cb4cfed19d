package pl.wspolnie.organizations.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import pl.wspolnie.organizations.domain.DirectoryCriteria;
import pl.wspolnie.organizations.domain.DirectorySort;
import pl.wspolnie.organizations.domain.InvalidCriteria;
import pl.wspolnie.organizations.domain.OrganizationDirectory;
import pl.wspolnie.organizations.domain.ReviewQueue;
import pl.wspolnie.organizations.domain.Sphere;
import pl.wspolnie.organizations.domain.SphereCatalogue;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.export.ExportFormat;
import pl.wspolnie.shared.export.TableExport;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.SelectOption;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The public directory: search, filters, order and pages in the URL, and the export of
 * the whole result list.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 50_000;

    /**
     * A result row with its texts resolved for display (link, legal form and place, the
     * verification badge, spheres): the directory's page is the most requested one, and
     * each expression a template evaluates per row costs more than the same text made
     * here (docs/benchmarks.md, "the directory page's expressions").
     */
    record Item(String href, String name, String formAndPlace, String badgeClass, String badge, String spheres) {
    }

    private final OrganizationDirectory directory;

    private final SphereCatalogue spheres;

    private final Jsts jsts;

    private final DirectoryExport export;

    private final ReviewQueue review;

    private final MessageSource messages;

    DirectoryController(OrganizationDirectory directory, SphereCatalogue spheres, Jsts jsts, DirectoryExport export,
            ReviewQueue review, MessageSource messages) {
        this.review = review;
        this.messages = messages;
        this.directory = directory;
        this.spheres = spheres;
        this.jsts = jsts;
        this.export = export;
    }

    @GetMapping("/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long jst,
            @RequestParam(required = false) String sphere, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, Locale locale, HttpServletRequest request, Model model) {
        DirectoryCriteria criteria = criteria(q, jst, sphere, sort);
        OrganizationDirectory.Page result = directory.search(criteria, page, PAGE_SIZE);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", result);
        RowTexts texts = new RowTexts(request.getContextPath() + "/organizations/",
                messages.getMessage("organizations.verified", null, locale),
                messages.getMessage("organizations.unverified", null, locale),
                messages.getMessage("organizations.list.spheres", null, locale) + " ");
        model.addAttribute("items", result.rows().stream().map(r -> item(r, texts, locale)).toList());
        model.addAttribute("jstChoices", jstChoices(criteria.jst()));
        model.addAttribute("sphereChoices", sphereChoices(criteria.sphere(), locale));
        model.addAttribute("sortChoices", sortChoices(criteria.effectiveSort(), locale));
        model.addAttribute("exportQuery", filterQuery(criteria));
        model.addAttribute("exportLimit", EXPORT_LIMIT);
        model.addAttribute("reviewAvailable", review.available());
        return "organizations/list";
    }

    @GetMapping("/organizations/export.{format}")
    void export(@PathVariable String format, @RequestParam(required = false) String q,
            @RequestParam(required = false) Long jst, @RequestParam(required = false) String sphere,
            @RequestParam(required = false) String sort, Locale locale, HttpServletResponse response)
            throws IOException {
        ExportFormat exportFormat = ExportFormat.fromExtension(format)
            .orElseThrow(() -> new NotFound("export format " + format));
        DirectoryCriteria criteria = criteria(q, jst, sphere, sort);
        List<OrganizationDirectory.ExportRow> rows = directory.export(criteria, EXPORT_LIMIT);
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(export.fileName(locale) + "." + exportFormat.extension(), StandardCharsets.UTF_8)
                    .build()
                    .toString());
        TableExport.write(export.table(rows, locale), exportFormat, response.getOutputStream());
    }

    /** The texts every row of a page shares. */
    private record RowTexts(String hrefPrefix, String verified, String unverified, String spheresLabel) {
    }

    private Item item(OrganizationDirectory.Row row, RowTexts texts, Locale locale) {
        String legalForm = messages.getMessage("organizations.legalForm." + row.legalForm(), null, locale);
        String place = messages.getMessage("organizations.list.place", new Object[] { row.city(), row.gminaName() },
                locale);
        String sphereText = spheres.inOrder(row.sphereCodes())
            .stream()
            .map(s -> s.label(locale))
            .collect(Collectors.joining("; "));
        return new Item(texts.hrefPrefix() + row.id(), row.name(), legalForm + " · " + place,
                row.verified() ? "badge" : "badge unverified", row.verified() ? texts.verified() : texts.unverified(),
                texts.spheresLabel() + sphereText);
    }

    private List<SelectOption.Choice> jstChoices(Long chosen) {
        return jsts.all()
            .stream()
            .map(j -> new SelectOption.Choice(String.valueOf(j.id()), j.name(), chosen != null && j.id() == chosen))
            .toList();
    }

    private List<SelectOption> sphereChoices(String chosen, Locale locale) {
        return spheres.groups().stream().<SelectOption>map(g -> {
            String groupLabel = g.group().label(locale);
            List<SelectOption.Choice> choices = new ArrayList<>(g.items().size() + 1);
            choices.add(new SelectOption.Choice(g.group().code(),
                    messages.getMessage("organizations.list.wholeGroup", new Object[] { groupLabel }, locale),
                    g.group().code().equals(chosen)));
            for (Sphere s : g.items()) {
                choices.add(new SelectOption.Choice(s.code(), s.label(locale), s.code().equals(chosen)));
            }
            return new SelectOption.Group(groupLabel, choices);
        }).toList();
    }

    private List<SelectOption.Choice> sortChoices(DirectorySort chosen, Locale locale) {
        return Arrays.stream(DirectorySort.values())
            .map(s -> new SelectOption.Choice(s.param(),
                    messages.getMessage("organizations.sort." + s.param(), null, locale), s == chosen))
            .toList();
    }

    private static DirectoryCriteria criteria(String q, Long jst, String sphere, String sort) {
        return DirectoryCriteria.of(q, jst, sphere, sort);
    }

    /**
     * A filter the directory cannot use (an unknown JST, sphere or order, a negative
     * page): only a crafted link sends one, answered 400 as any such request.
     */
    @ExceptionHandler(InvalidCriteria.class)
    void invalidCriteria(InvalidCriteria e, HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
    }

    /**
     * The query string of the filters and order (no page), for the export links:
     * "?q=...&jst=...".
     */
    static String filterQuery(DirectoryCriteria c) {
        UriComponentsBuilder b = UriComponentsBuilder.newInstance();
        if (c.q() != null) {
            b.queryParam("q", c.q());
        }
        if (c.jst() != null) {
            b.queryParam("jst", c.jst());
        }
        if (c.sphere() != null) {
            b.queryParam("sphere", c.sphere());
        }
        if (c.sort() != null) {
            b.queryParam("sort", c.sort().param());
        }
        return b.encode().build().toUriString();
    }

}

package pl.wspolnie.organizations.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The public directory: search, filters, order and pages in the URL, and the export of
 * the whole result list.
 */
@Controller
class DirectoryController {

    static final int PAGE_SIZE = 20;
    static final int EXPORT_LIMIT = 50_000;

    /** A result row with its spheres resolved for display. */
    record Item(OrganizationDirectory.Row row, List<Sphere> spheres) {
    }

    private final OrganizationDirectory directory;

    private final SphereCatalogue spheres;

    private final Jsts jsts;

    private final DirectoryExport export;

    private final ReviewQueue review;

    DirectoryController(OrganizationDirectory directory, SphereCatalogue spheres, Jsts jsts, DirectoryExport export,
            ReviewQueue review) {
        this.review = review;
        this.directory = directory;
        this.spheres = spheres;
        this.jsts = jsts;
        this.export = export;
    }

    @GetMapping("/organizations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long jst,
            @RequestParam(required = false) String sphere, @RequestParam(required = false) String sort,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DirectoryCriteria criteria = criteria(q, jst, sphere, sort);
        OrganizationDirectory.Page result;
        try {
            result = directory.search(criteria, page, PAGE_SIZE);
        }
        catch (InvalidCriteria e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", result);
        model.addAttribute("items",
                result.rows().stream().map(r -> new Item(r, spheres.inOrder(r.sphereCodes()))).toList());
        model.addAttribute("jsts", jsts.all());
        model.addAttribute("sphereGroups", spheres.groups());
        model.addAttribute("sorts", DirectorySort.values());
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
        List<OrganizationDirectory.ExportRow> rows;
        try {
            rows = directory.export(criteria, EXPORT_LIMIT);
        }
        catch (InvalidCriteria e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        response.setContentType(exportFormat.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment()
                    .filename(export.fileName(locale) + "." + exportFormat.extension(), StandardCharsets.UTF_8)
                    .build()
                    .toString());
        TableExport.write(export.table(rows, locale), exportFormat, response.getOutputStream());
    }

    private static DirectoryCriteria criteria(String q, Long jst, String sphere, String sort) {
        try {
            return DirectoryCriteria.of(q, jst, sphere, sort);
        }
        catch (InvalidCriteria e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
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

package pl.wspolnie.budget.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.util.unit.DataSize;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.budget.domain.Edition;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.budget.domain.Editions;
import pl.wspolnie.budget.domain.Pool;
import pl.wspolnie.budget.domain.Project;
import pl.wspolnie.budget.domain.ProjectDetails;
import pl.wspolnie.budget.domain.ProjectList;
import pl.wspolnie.budget.domain.ProjectVersion;
import pl.wspolnie.budget.domain.Projects;
import pl.wspolnie.budget.domain.review.Reviews;
import pl.wspolnie.budget.domain.implementation.Implementations;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.web.Outcomes.Report;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.UploadLimit;
import pl.wspolnie.shared.web.Uploads;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Residents' projects: the public list and project page with its versions and support,
 * the author's form (draft kept on the server, submission as a new version) and the
 * support actions.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ProjectController {

    static final int PAGE_SIZE = 20;

    private final Projects projects;

    private final ProjectList list;

    private final Editions editions;

    private final Permissions permissions;

    private final Clock clock;

    private final Reviews reviews;

    private final Implementations implementations;

    @GetMapping("/budget/{id:\\d+}/projects")
    String list(@PathVariable long id, @RequestParam(required = false) Long pool,
            @RequestParam(defaultValue = "0") int page, Model model) {
        Edition edition = editions.get(id);
        List<Pool> pools = editions.pools(id);
        Long filter = pools.stream().anyMatch(p -> p.getId().equals(pool)) ? pool : null;
        ProjectList.Page found = list.of(id, filter, page, PAGE_SIZE);
        model.addAttribute("edition", edition);
        model.addAttribute("pools", pools);
        model.addAttribute("pool", filter);
        model.addAttribute("found", found);
        model.addAttribute("page", found.page());
        model.addAttribute("totalPages", found.totalPages());
        model.addAttribute("submissionOpen", edition.isOpenForSubmissionOn(LocalDate.now(clock)));
        return "budget/projects";
    }

    @GetMapping("/budget/mine")
    String mine(Model model) {
        permissions.requireUser();
        model.addAttribute("projects", projects.mine());
        return "budget/mine";
    }

    @GetMapping("/budget/{id:\\d+}/projects/new")
    String newForm(@PathVariable long id, Model model) {
        permissions.requireUser();
        Edition edition = editions.get(id);
        ProjectForm form = new ProjectForm().withEmptyLines();
        model.addAttribute("form", form);
        return form(model, edition, null);
    }

    @PostMapping("/budget/{id:\\d+}/projects/new")
    String create(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        permissions.requireUser();
        Edition edition = editions.get(id);
        ProjectDetails details = result.hasErrors() ? null : form.details(result);
        if (details == null) {
            return form(model, edition, null);
        }
        long projectId = projects.create(id, details);
        return saved(projectId, action, form, result, model, redirect);
    }

    @GetMapping("/budget/projects/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        Project project = projects.ownDraft(id);
        model.addAttribute("form", ProjectForm.of(project));
        return form(model, editions.get(project.getEditionId()), project);
    }

    @PostMapping("/budget/projects/{id:\\d+}/edit")
    String update(@PathVariable long id, @RequestParam(defaultValue = "save") String action,
            @Valid @ModelAttribute("form") ProjectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Project project = projects.ownDraft(id);
        ProjectDetails details = result.hasErrors() ? null : form.details(result);
        if (details == null) {
            return form(model, editions.get(project.getEditionId()), project);
        }
        projects.saveDraft(id, details);
        return saved(id, action, form, result, model, redirect);
    }

    /**
     * After the draft is saved (its own transaction, so it survives a refused
     * submission): submits it when asked, else back to the form.
     */
    private String saved(long projectId, String action, ProjectForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if ("submit".equals(action)) {
            return Outcomes.form(result, () -> {
                ProjectVersion version = projects.submit(projectId);
                return Outcomes.redirect(redirect,
                        Report.notice("budget.project.submitted", String.valueOf(version.getNumber())),
                        "/budget/projects/" + projectId);
            }, () -> {
                Project project = projects.get(projectId);
                model.addAttribute("warning", "budget.project.draftKept");
                form.withEmptyLines();
                return form(model, editions.get(project.getEditionId()), project);
            });
        }
        return Outcomes.redirect(redirect, "budget.project.draftSaved", "/budget/projects/" + projectId + "/edit");
    }

    private String form(Model model, Edition edition, Project project) {
        model.addAttribute("edition", edition);
        model.addAttribute("project", project);
        model.addAttribute("pools", editions.pools(edition.getId()));
        model.addAttribute("submissionOpen", edition.isOpenForSubmissionOn(LocalDate.now(clock)));
        return "budget/project-form";
    }

    /** The count of signatures on the paper list, entered by the author. */
    record PaperForm(@NotBlank @Pattern(regexp = "\\d{1,7}", message = "{budget.support.paperInvalid}") String count,
            MultipartFile scan) {
    }

    /**
     * Scans up to 10 MB; up to 15 MB the form answers with a field error, above it the
     * 413 page.
     */
    @Bean
    static UploadLimit budgetPaperListUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(15), "/budget/projects/{id}/paper");
    }

    @GetMapping("/budget/projects/{id:\\d+}")
    String show(@PathVariable long id, @RequestParam(required = false) Integer version, Model model) {
        Project project = projects.get(id);
        model.addAttribute("paperForm", new PaperForm(String.valueOf(project.getPaperSupports()), null));
        return page(project, version, model);
    }

    private String page(Project project, Integer version, Model model) {
        long id = project.getId();
        boolean author = permissions.currentUser().map(u -> u.userId() == project.getAuthorId()).orElse(false);
        List<ProjectVersion> versions = projects.versions(id);
        if (versions.isEmpty()) {
            if (author) {
                return "redirect:/budget/projects/" + id + "/edit";
            }
            throw new NotFound("budget project " + id + " not submitted");
        }
        ProjectVersion shown = version == null ? versions.get(0)
                : versions.stream()
                    .filter(v -> v.getNumber() == version)
                    .findFirst()
                    .orElseThrow(() -> new NotFound("version " + version));
        Edition edition = editions.get(project.getEditionId());
        Pool pool = editions.pool(edition.getId(), shown.getPoolId());
        long online = projects.onlineSupports(id);
        model.addAttribute("project", project);
        model.addAttribute("edition", edition);
        model.addAttribute("versions", versions);
        model.addAttribute("shown", shown);
        model.addAttribute("latest", shown.getNumber() == versions.get(0).getNumber());
        model.addAttribute("pool", pool);
        model.addAttribute("online", online);
        model.addAttribute("supportTotal", online + project.getPaperSupports());
        model.addAttribute("required",
                editions.pool(edition.getId(), versions.get(0).getPoolId()).getSignaturesRequired());
        model.addAttribute("collecting", edition.isOpenForSubmissionOn(LocalDate.now(clock)));
        model.addAttribute("author", author);
        model.addAttribute("loggedIn", permissions.currentUser().isPresent());
        model.addAttribute("supporting", projects.supports(id));
        model.addAttribute("paperList",
                projects.mayReadPaperList(project) ? projects.paperList(id).orElse(null) : null);
        Reviews.Publication review = reviews.publication(id);
        model.addAttribute("review", review);
        model.addAttribute("coordinator", reviews.isCoordinator(review.project()));
        model.addAttribute("appealsOpen", reviews.appealsOpen(edition.getId()));
        implementations.of(id).ifPresent(view -> {
            model.addAttribute("implementation", view);
            model.addAttribute("following", implementations.follows(id));
            model.addAttribute("mayEditImplementation", implementations.mayEdit(view));
        });
        return "budget/project";
    }

    /**
     * The scan of the paper list: personal data, for the author and the gmina's
     * coordinators only.
     */
    @GetMapping("/budget/projects/{id:\\d+}/paper-list")
    ResponseEntity<byte[]> paperList(@PathVariable long id) {
        StoredFile file = projects.paperList(id)
            .orElseThrow(() -> new NotFound("paper list of project " + id))
            .getFile();
        return FileDownloads.attachment(file.getFileName(), file.getMediaType())
            .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
            .body(file.getContent());
    }

    @PostMapping("/budget/projects/{id:\\d+}/support")
    String support(@PathVariable long id, RedirectAttributes redirect) {
        projects.support(id);
        return Outcomes.redirect(redirect, "budget.support.recorded", "/budget/projects/" + id);
    }

    @PostMapping("/budget/projects/{id:\\d+}/paper")
    String paper(@PathVariable long id, @Valid @ModelAttribute("paperForm") PaperForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Project project = projects.ownDraft(id);
        return Outcomes.form(result, redirect, "budget.support.paperRecorded", () -> {
            projects.recordPaperSupports(id, Integer.parseInt(form.count()),
                    Uploads.read(form.scan(), Projects.MAX_SCAN_BYTES));
            return "/budget/projects/" + id;
        }, () -> page(project, null, model));
    }

}

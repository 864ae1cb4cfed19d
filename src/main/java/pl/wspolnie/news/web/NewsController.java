package pl.wspolnie.news.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.news.Spheres;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.news.domain.ArticleKind;
import pl.wspolnie.news.domain.NewsAttachment;
import pl.wspolnie.shared.files.StoredFile;
import pl.wspolnie.news.domain.NewsContent;
import pl.wspolnie.news.domain.NewsItem;
import pl.wspolnie.news.domain.NewsQueries;
import pl.wspolnie.news.domain.Newsroom;
import pl.wspolnie.organizations.Organizations;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;
import pl.wspolnie.shared.web.UploadLimit;
import pl.wspolnie.shared.web.PublicPageCache;
import pl.wspolnie.shared.cache.CacheConfiguration;

import java.time.Clock;
import java.util.List;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.util.unit.DataSize;
import pl.wspolnie.organizations.OrganizationSummary;
import pl.wspolnie.shared.web.FormInput;
import pl.wspolnie.shared.web.Uploads;

/** Public news list and pages; the writing, editing and moderation forms. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class NewsController {

    static final int PAGE_SIZE = 20;

    private final Newsroom newsroom;

    private final NewsQueries queries;

    private final Spheres spheres;

    private final Jsts jsts;

    private final Organizations organizations;

    private final Permissions permissions;

    private final Clock clock;

    /**
     * Anonymous visitors get the news list from the page micro-cache; every change of a
     * news item clears it.
     */
    @Bean
    static PublicPageCache.PublicPage newsPublicPage() {
        return new PublicPageCache.PublicPage("/news", CacheConfiguration.NEWS);
    }

    @Bean
    static PublicPaths newsPublicPaths() {
        return PublicPaths.get("/news", "/news/{id:\\d+}", "/news/feed.atom", "/news/{id:\\d+}/attachments/{aid:\\d+}",
                "/practices", "/practices/{id:\\d+}", "/practices/by-organization/{id:\\d+}");
    }

    /**
     * Attachments up to 10 MB; up to 25 MB the form answers with a field error, above it
     * the 413 page.
     */
    @Bean
    static UploadLimit newsAttachmentUploads() {
        return UploadLimit.of(DataSize.ofMegabytes(25), "/news/{id}/attachments");
    }

    @GetMapping("/news")
    String list(@RequestParam(required = false) Long jst, @RequestParam(required = false) String sphere,
            @RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        if (jst != null && !jsts.exists(jst)) {
            jst = null;
        }
        if (sphere != null && !spheres.exists(sphere)) {
            sphere = null;
        }
        if (q != null && q.length() > 200) {
            q = q.substring(0, 200);
        }
        NewsQueries.Criteria criteria = new NewsQueries.Criteria(jst, sphere, q);
        NewsQueries.Result result = queries.search(criteria, page, PAGE_SIZE);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", result);
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("canWrite", permissions.currentUser().isPresent());
        model.addAttribute("moderates", newsroom.moderates());
        StringBuilder feed = new StringBuilder("/news/feed.atom");
        if (jst != null) {
            feed.append("?jst=").append(jst);
        }
        else if (sphere != null) {
            feed.append("?sphere=").append(sphere);
        }
        model.addAttribute("feedUrl", feed.toString());
        return "news/list";
    }

    @GetMapping("/practices")
    String practices(@RequestParam(required = false) String type, @RequestParam(required = false) Long jst,
            @RequestParam(required = false) String sphere, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        ArticleKind kind = Arrays.stream(ArticleKind.values())
            .filter(k -> k.isArticle() && k.name().equals(type))
            .findFirst()
            .orElse(null);
        NewsQueries.Criteria criteria = new NewsQueries.Criteria(jst != null && jsts.exists(jst) ? jst : null,
                spheres.exists(sphere) ? sphere : null, q != null && q.length() > 200 ? q.substring(0, 200) : q, kind);
        model.addAttribute("criteria", criteria);
        model.addAttribute("result", queries.search(criteria, page, PAGE_SIZE));
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("types", Arrays.stream(ArticleKind.values()).filter(ArticleKind::isArticle).toList());
        model.addAttribute("canWrite", permissions.currentUser().isPresent());
        return "news/practices";
    }

    /** The articles about an organisation: a fragment its profile loads with htmx. */
    @GetMapping("/practices/by-organization/{id:\\d+}")
    String practicesOfOrganization(@PathVariable long id, Model model) {
        model.addAttribute("articles", queries.aboutOrganization(id, 20));
        return "news/by-organization :: byOrganization";
    }

    @GetMapping({ "/news/{id:\\d+}", "/practices/{id:\\d+}" })
    String show(@PathVariable long id, Model model) {
        NewsItem item = newsroom.get(id);
        boolean isPublic = item.isPublicAt(clock.instant());
        if (!isPublic && !newsroom.mayPreview(item)) {
            throw new NotFound("news " + id);
        }
        model.addAttribute("item", item);
        model.addAttribute("isPublic", isPublic);
        model.addAttribute("attachments", newsroom.attachments(id));
        model.addAttribute("linkedOrganizations",
                item.getLinkedOrganizationIds().isEmpty() ? List.of()
                        : organizations.findAll(item.getLinkedOrganizationIds())
                            .values()
                            .stream()
                            .sorted(Comparator.comparing(OrganizationSummary::name))
                            .toList());
        model.addAttribute("canEdit", permissions.currentUser().isPresent() && newsroom.mayEdit(item));
        model.addAttribute("jstName", jsts.find(item.getJstId()).map(j -> j.name()).orElse(""));
        model.addAttribute("organization",
                item.getOrganizationId() == null ? null : organizations.find(item.getOrganizationId()).orElse(null));
        model.addAttribute("sphereLabels", spheres.labels(item.getSphereCodes(), LocaleContextHolder.getLocale()));
        return "news/show";
    }

    @GetMapping("/news/new")
    String newForm(@RequestParam(required = false) String kind, Model model) {
        model.addAttribute("form",
                NewsForm.empty(Arrays.stream(ArticleKind.values())
                    .filter(k -> k.name().equals(kind))
                    .findFirst()
                    .orElse(ArticleKind.NEWS)));
        return formPage(model, null);
    }

    @PostMapping("/news/new")
    String create(@Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        FormInput.requireBound(result);
        NewsContent content = form.content(result);
        if (form.organizationId() == null && form.jstId() == null) {
            result.rejectValue("jstId", "news.jst.required");
        }
        return Outcomes.form(result, redirect, form.organizationId() == null ? "news.saved" : "news.savedForModeration",
                () -> newsroom
                    .get(newsroom.write(form.organizationId() == null ? form.jstId() : null, form.organizationId(),
                            content))
                    .path(),
                () -> formPage(model, null));
    }

    @GetMapping("/news/{id:\\d+}/edit")
    String editForm(@PathVariable long id, Model model) {
        NewsItem item = newsroom.forEdit(id);
        model.addAttribute("form", NewsForm.of(item));
        return formPage(model, item);
    }

    @PostMapping("/news/{id:\\d+}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") NewsForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        NewsItem item = newsroom.forEdit(id);
        FormInput.requireBound(result);
        NewsContent content = form.content(result);
        return Outcomes.form(result, redirect,
                item.getOrganizationId() == null ? "news.saved" : "news.savedForModeration",
                () -> newsroom.update(id, form.version() == null ? -1 : form.version(), content), "/news/" + id,
                () -> formPage(model, item));
    }

    @GetMapping("/news/moderation")
    String moderation(Model model) {
        permissions.requireUser();
        if (!newsroom.moderates()) {
            throw new NotAllowed("not a liaison officer");
        }
        model.addAttribute("items", newsroom.moderationQueue());
        return "news/moderation";
    }

    @PostMapping("/news/{id:\\d+}/approve")
    String approve(@PathVariable long id, RedirectAttributes redirect) {
        newsroom.approve(id);
        redirect.addFlashAttribute("notice", "news.moderation.approved");
        return "redirect:/news/moderation";
    }

    /**
     * Rejects with the reason the author will read; without one the queue is shown again
     * (422) with the error at that item and the typed text kept.
     */
    @PostMapping("/news/{id:\\d+}/reject")
    String reject(@PathVariable long id, @RequestParam(defaultValue = "") String reason, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        return Outcomes.step(redirect, "/news/moderation", "news.moderation.rejected",
                () -> newsroom.reject(id, reason), "reason", response, e -> {
                    model.addAttribute("rejectId", id);
                    model.addAttribute("rejectReason", reason);
                    model.addAttribute("rejectError", e);
                    model.addAttribute("items", newsroom.moderationQueue());
                    return "news/moderation";
                });
    }

    @GetMapping("/news/{id:\\d+}/attachments/{aid:\\d+}")
    ResponseEntity<byte[]> attachment(@PathVariable long id, @PathVariable long aid) {
        NewsAttachment a = newsroom.attachment(id, aid);
        StoredFile file = a.getFile();
        return (a.isImage() ? FileDownloads.inline(file.getFileName(), file.getMediaType())
                : FileDownloads.attachment(file.getFileName(), file.getMediaType()))
            .body(file.getContent());
    }

    @PostMapping("/news/{id:\\d+}/attachments")
    String attach(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) {
        NewsItem item = newsroom.forEdit(id);
        return Outcomes.orPage(() -> {
            newsroom.attach(id, Uploads.read(file, Newsroom.MAX_ATTACHMENT_BYTES));
            return Outcomes.redirect(redirect, "news.attachment.added", "/news/" + id + "/edit");
        }, e -> attachmentRefused(item, model, e));
    }

    private String attachmentRefused(NewsItem item, Model model, RuleViolation refusal) {
        model.addAttribute("attachmentError", refusal);
        model.addAttribute("form", NewsForm.of(item));
        return formPage(model, item);
    }

    @PostMapping("/news/{id:\\d+}/attachments/{aid:\\d+}/delete")
    String removeAttachment(@PathVariable long id, @PathVariable long aid, RedirectAttributes redirect) {
        newsroom.removeAttachment(id, aid);
        redirect.addFlashAttribute("notice", "news.attachment.removed");
        return "redirect:/news/" + id + "/edit";
    }

    private String formPage(Model model, NewsItem item) {
        Newsroom.Authorship authorship = newsroom.authorship();
        if (item == null && !authorship.any()) {
            throw new NotAllowed("may not write news");
        }
        model.addAttribute("authorship", authorship);
        model.addAttribute("item", item);
        model.addAttribute("attachments", item == null ? List.of() : newsroom.attachments(item.getId()));
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("kinds", ArticleKind.values());
        return "news/form";
    }

}

package pl.wspolnie.partnership.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.partnership.Jst;
import pl.wspolnie.partnership.JstAdministration;
import pl.wspolnie.partnership.JstAdministration.JstDetails;
import pl.wspolnie.partnership.JstAdministration.NewJst;
import pl.wspolnie.partnership.JstType;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.identifiers.ValidPostalCode;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;
import pl.wspolnie.shared.web.Outcomes;
import pl.wspolnie.shared.web.PublicPaths;

import java.util.List;

/** Public pages of the partnership's JSTs and their edit form. */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class JstController {

    record JstForm(long version, @NotBlank @Size(max = 200) String name, @Size(max = 200) String street,
            @ValidPostalCode String postalCode, @Size(max = 100) String city, @Email @Size(max = 320) String email,
            @Size(max = 40) String phone, @Size(max = 300) String website, @Size(max = 200) String liaisonName,
            @Size(max = 100) String liaisonRoom, @Size(max = 40) String liaisonPhone,
            @Email @Size(max = 320) String liaisonEmail) {

        static JstForm of(Jst j) {
            return new JstForm(j.getVersion(), j.getName(), j.getStreet(), j.getPostalCode(), j.getCity(), j.getEmail(),
                    j.getPhone(), j.getWebsite(), j.getLiaisonName(), j.getLiaisonRoom(), j.getLiaisonPhone(),
                    j.getLiaisonEmail());
        }

        JstDetails details() {
            return new JstDetails(name.strip(), blankToNull(street), blankToNull(postalCode), blankToNull(city),
                    blankToNull(email), blankToNull(phone), blankToNull(website), blankToNull(liaisonName),
                    blankToNull(liaisonRoom), blankToNull(liaisonPhone), blankToNull(liaisonEmail));
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s.strip();
        }
    }

    /**
     * A new JST (platform administrators): the identity of the unit, then the same data
     * as the edit form.
     */
    record NewJstForm(JstType type, @NotBlank @Size(max = 200) String name, @Size(max = 7) String teryt, Long parentId,
            boolean partnershipMember, @Size(max = 200) String street, @ValidPostalCode String postalCode,
            @Size(max = 100) String city, @Email @Size(max = 320) String email, @Size(max = 40) String phone,
            @Size(max = 300) String website, @Size(max = 200) String liaisonName, @Size(max = 100) String liaisonRoom,
            @Size(max = 40) String liaisonPhone, @Email @Size(max = 320) String liaisonEmail) {

        static NewJstForm empty() {
            return new NewJstForm(null, null, null, null, true, null, null, null, null, null, null, null, null, null,
                    null);
        }

        NewJst newJst() {
            JstDetails details = new JstForm(0, name, street, postalCode, city, email, phone, website, liaisonName,
                    liaisonRoom, liaisonPhone, liaisonEmail)
                .details();
            return new NewJst(type, details.name(), teryt == null ? null : teryt.strip(), parentId, partnershipMember,
                    details);
        }
    }

    /**
     * The types a platform administrator creates (organisational units are not JSTs of
     * the partnership).
     */
    static final List<JstType> CREATABLE = List.of(JstType.GMINA, JstType.POWIAT, JstType.WOJEWODZTWO);

    private final Jsts jsts;

    private final JstAdministration administration;

    private final Permissions permissions;

    @GetMapping("/jst")
    String list(Model model) {
        List<JstSummary> all = jsts.all();
        model.addAttribute("members", all.stream().filter(JstSummary::partnershipMember).toList());
        model.addAttribute("others", all.stream().filter(j -> !j.partnershipMember()).toList());
        model.addAttribute("mayCreate", administration.mayCreate());
        return "partnership/list";
    }

    @GetMapping("/jst/new")
    String newForm(Model model) {
        requireCreator();
        model.addAttribute("form", NewJstForm.empty());
        return newPage(model);
    }

    @PostMapping("/jst/new")
    String create(@Valid @ModelAttribute("form") NewJstForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireCreator();
        if (form.type() == null || !CREATABLE.contains(form.type())) {
            result.rejectValue("type", "jst.type.required", "jst.type.required");
        }
        return Outcomes.form(result, redirect, "jst.new.created", () -> {
            long id = administration.create(form.newJst());
            return "/jst/" + id;
        }, () -> newPage(model));
    }

    private String newPage(Model model) {
        model.addAttribute("types", CREATABLE);
        model.addAttribute("parents",
                jsts.all()
                    .stream()
                    .filter(j -> j.type() == JstType.POWIAT || j.type() == JstType.WOJEWODZTWO)
                    .toList());
        return "partnership/new";
    }

    private void requireCreator() {
        permissions.requireUser();
        if (!administration.mayCreate()) {
            throw new NotAllowed("platform administrators only");
        }
    }

    @GetMapping("/jst/{id}")
    String show(@PathVariable long id, Model model) {
        Jst jst = administration.get(id);
        model.addAttribute("jst", jst);
        model.addAttribute("parent", jst.getParentId() == null ? null : jsts.find(jst.getParentId()).orElse(null));
        model.addAttribute("mayEdit", administration.mayEdit(id));
        model.addAttribute("mayCreate", administration.mayCreate());
        return "partnership/show";
    }

    @GetMapping("/jst/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        permissions.require(id, Role.JST_ADMIN);
        Jst jst = administration.get(id);
        model.addAttribute("jst", jst);
        model.addAttribute("form", JstForm.of(jst));
        return "partnership/edit";
    }

    @PostMapping("/jst/{id}/edit")
    String edit(@PathVariable long id, @Valid @ModelAttribute("form") JstForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        permissions.require(id, Role.JST_ADMIN);
        return Outcomes.form(result, redirect, "jst.edit.saved",
                () -> administration.update(id, form.version(), form.details()), "/jst/" + id, () -> {
                    model.addAttribute("jst", administration.get(id));
                    return "partnership/edit";
                });
    }

    @Bean
    static PublicPaths jstPublicPaths() {
        return PublicPaths.get("/jst", "/jst/{id}");
    }

}

package pl.wspolnie.subscriptions.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import pl.wspolnie.shared.web.FormInput;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import pl.wspolnie.news.Spheres;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.subscriptions.Frequency;
import pl.wspolnie.subscriptions.domain.PersonalNotifications;
import pl.wspolnie.subscriptions.domain.Subscriptions;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one settings page of each person for what they are sent: subscriptions to published
 * content, and the personal notifications (mails about what waits for them).
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class SubscriptionsController {

    private final Subscriptions subscriptions;

    private final Jsts jsts;

    private final Spheres spheres;

    private final PersonalNotifications personal;

    @GetMapping("/account/subscriptions")
    String settings(Model model) {
        model.addAttribute("settings", subscriptions.mine());
        model.addAttribute("jsts", jsts.members());
        model.addAttribute("spheres", spheres.all());
        model.addAttribute("types", ContentType.values());
        model.addAttribute("frequencies", Frequency.values());
        model.addAttribute("personal", personal.mine());
        return "subscriptions/settings";
    }

    /** Field: kind (many), the kinds of personal notification kept on. */
    @PostMapping("/account/notifications")
    String savePersonal(@RequestParam(name = "kind", required = false) List<String> kinds,
            RedirectAttributes redirect) {
        personal.keepOnly(kinds == null ? List.of() : kinds);
        redirect.addFlashAttribute("notice", "personalNotifications.saved");
        return "redirect:/account/subscriptions#personal";
    }

    /**
     * Fields: jst (many), sphere (many), freq-TYPE (one per content type), newsletter
     * (checkbox).
     */
    @PostMapping("/account/subscriptions")
    String save(@RequestParam MultiValueMap<String, String> params, RedirectAttributes redirect) {
        List<Long> chosenJsts = new ArrayList<>();
        for (String v : params.getOrDefault("jst", List.of())) {
            long id = FormInput.number(v);
            if (!jsts.exists(id)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown JST");
            }
            chosenJsts.add(id);
        }
        List<String> chosenSpheres = new ArrayList<>();
        for (String code : params.getOrDefault("sphere", List.of())) {
            if (!spheres.exists(code)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown sphere");
            }
            chosenSpheres.add(code);
        }
        Map<ContentType, Frequency> frequencies = new EnumMap<>(ContentType.class);
        for (ContentType type : ContentType.values()) {
            String value = params.getFirst("freq-" + type.name());
            frequencies.put(type, value == null ? Frequency.NONE : FormInput.constant(Frequency.class, value));
        }
        subscriptions.change(chosenJsts, chosenSpheres, frequencies, params.containsKey("newsletter"));
        redirect.addFlashAttribute("notice", "subscriptions.saved");
        return "redirect:/account/subscriptions";
    }

}

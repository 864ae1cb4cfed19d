package pl.wspolnie.site;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import pl.wspolnie.shared.attention.AttentionItem;
import pl.wspolnie.shared.attention.AttentionSource;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * "Co wymaga mojej uwagi": what waits for the logged-in person, grouped by the role in
 * which it waits, newest first. Each module contributes through an
 * {@link AttentionSource}; the page knows none of them. People land here after login.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AttentionController {

    static final String PATH = "/me";

    private final List<AttentionSource> sources;

    private final Permissions permissions;

    /** The items of one role, newest first. */
    record Section(Role role, List<AttentionItem> items) {
    }

    @GetMapping(PATH)
    String page(Model model) {
        AuthenticatedUser user = permissions.requireUser();
        Map<Role, List<AttentionItem>> byRole = new EnumMap<>(Role.class);
        for (AttentionSource source : sources) {
            for (AttentionItem item : source.itemsFor(user)) {
                byRole.computeIfAbsent(item.role(), r -> new ArrayList<>()).add(item);
            }
        }
        Comparator<AttentionItem> newestFirst = Comparator.comparing(AttentionItem::at)
            .reversed()
            .thenComparing(AttentionItem::link);
        List<Section> sections = byRole.entrySet()
            .stream()
            .map(e -> new Section(e.getKey(), e.getValue().stream().sorted(newestFirst).toList()))
            .toList();
        model.addAttribute("sections", sections);
        return "site/attention";
    }

}

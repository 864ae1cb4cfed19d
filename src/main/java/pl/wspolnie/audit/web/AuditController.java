package pl.wspolnie.audit.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import pl.wspolnie.shared.domain.NotAllowed;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import pl.wspolnie.audit.AuditLog;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.time.LocalDate;
import java.util.Set;

/**
 * Administrators browse the audit log; a JST administrator sees the entries of their
 * JSTs.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class AuditController {

    private final AuditLog log;

    private final Permissions permissions;

    private final Jsts jsts;

    @GetMapping("/admin/audit")
    String audit(@RequestParam(required = false) String entityType, @RequestParam(required = false) String entityId,
            @RequestParam(required = false) String actor, @RequestParam(required = false) String action,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Long jstId, @RequestParam(defaultValue = "0") int page, Model model) {
        permissions.requireUser();
        Set<Long> restrictTo = null;
        if (!permissions.isPlatformAdmin()) {
            restrictTo = permissions.jstsWith(Role.JST_ADMIN);
            if (restrictTo.isEmpty()) {
                throw new NotAllowed("administrators only");
            }
        }
        AuditLog.Filter filter = new AuditLog.Filter(entityType, entityId, actor, action, from, to, jstId, restrictTo);
        model.addAttribute("filter", filter);
        model.addAttribute("result", log.search(filter, Math.max(0, page), 50));
        model.addAttribute("entityTypes", log.entityTypes());
        Set<Long> visible = restrictTo;
        model.addAttribute("jsts",
                jsts.all().stream().filter(j -> visible == null || visible.contains(j.id())).toList());
        return "audit/log";
    }

}

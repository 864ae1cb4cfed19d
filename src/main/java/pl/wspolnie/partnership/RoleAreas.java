package pl.wspolnie.partnership;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.security.Role;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Where the current user's roles reach: a role held in a JST counts in that JST and every
 * unit below it (a liaison officer of a powiat moderates its gminas' news, notices and
 * events too).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class RoleAreas {

    private final Permissions permissions;

    private final Jsts jsts;

    /**
     * The JSTs, with the units below them, where the current user holds one of the roles
     * by an explicit assignment (a platform administrator's right everywhere is not
     * counted).
     */
    public Set<Long> of(Role... roles) {
        Set<Long> result = new LinkedHashSet<>();
        for (Role role : roles) {
            for (Long jst : permissions.jstsWith(role)) {
                result.addAll(jsts.selfAndDescendants(jst));
            }
        }
        return result;
    }

    /** As {@link #of}, and every JST for a platform administrator. */
    public Set<Long> ofOrEverywhereForAdmin(Role... roles) {
        if (permissions.isPlatformAdmin()) {
            Set<Long> all = new LinkedHashSet<>();
            jsts.all().forEach(j -> all.add(j.id()));
            return all;
        }
        return of(roles);
    }

}

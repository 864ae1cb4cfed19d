package pl.wspolnie.subscriptions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.accounts.Notifications;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;

import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The current person's choice of personal notifications (the kinds every module declares
 * through {@code accounts.NotificationKinds}): all on by default, each can be turned off.
 * Changes go through {@code Notifications.setTurnedOff}, which writes them to the audit
 * log.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PersonalNotifications {

    /** Every declared kind in the modules' order, and those the person turned off. */
    public record Choice(List<String> kinds, Set<String> turnedOff) {
        public boolean wants(String kind) {
            return !turnedOff.contains(kind);
        }
    }

    private final Notifications notifications;

    private final Permissions permissions;

    @Transactional(readOnly = true)
    public Choice mine() {
        AuthenticatedUser user = permissions.requireUser();
        return new Choice(notifications.kinds(), notifications.turnedOff(user.userId()));
    }

    /**
     * Keeps on the kinds given (unknown codes are ignored) and turns off every other
     * declared kind.
     */
    public void keepOnly(Collection<String> wanted) {
        AuthenticatedUser user = permissions.requireUser();
        Set<String> off = new LinkedHashSet<>(notifications.kinds());
        off.removeAll(new HashSet<>(wanted));
        notifications.setTurnedOff(user.userId(), off);
    }

}

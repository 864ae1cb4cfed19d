package pl.wspolnie.subscriptions.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.events.ContentType;
import pl.wspolnie.shared.security.AuthenticatedUser;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.subscriptions.Frequency;

import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * The current person's subscription settings: read (defaults when never saved) and
 * change.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class Subscriptions {

    private final SubscriptionSettingsRepository settings;

    private final Permissions permissions;

    private final Clock clock;

    @Transactional(readOnly = true)
    public SubscriptionSettings mine() {
        AuthenticatedUser user = permissions.requireUser();
        return settings.findById(user.userId())
            .orElseGet(() -> new SubscriptionSettings(user.userId(), clock.instant()));
    }

    public void change(List<Long> jsts, List<String> spheres, Map<ContentType, Frequency> frequencies,
            boolean newsletter) {
        AuthenticatedUser user = permissions.requireUser();
        SubscriptionSettings s = settings.findById(user.userId())
            .orElseGet(() -> settings.save(new SubscriptionSettings(user.userId(), clock.instant())));
        s.change(jsts, spheres, frequencies, newsletter, clock.instant());
    }

}

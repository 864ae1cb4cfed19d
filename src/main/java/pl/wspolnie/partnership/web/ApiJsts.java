package pl.wspolnie.partnership.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;
import pl.wspolnie.partnership.JstSummary;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.web.api.KnownJsts;

import java.util.Optional;

/** The JSTs the public API's {@code jst} filter accepts: every JST of the platform. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ApiJsts implements KnownJsts {

    private final Jsts jsts;

    @Override
    public Optional<String> name(long id) {
        return jsts.find(id).map(JstSummary::name);
    }

}

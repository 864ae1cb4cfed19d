package pl.wspolnie.shared.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Links that leave the request start with the configured address, however it ends. */
class SiteAddressTest {

    @Test
    void aPathIsJoinedToTheAddressWithOneSlash() {
        assertThat(new SiteAddress("https://wspolnie.example.pl").of("/competitions/12"))
            .isEqualTo("https://wspolnie.example.pl/competitions/12");
        assertThat(new SiteAddress("https://wspolnie.example.pl//").of("/news/feed.atom?jst=3"))
            .isEqualTo("https://wspolnie.example.pl/news/feed.atom?jst=3");
    }

}

package pl.wspolnie.competitions;

import org.junit.jupiter.api.Test;
import pl.wspolnie.support.WebClient.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offers submitted at the same moment: all different offers land whole; the same offer
 * sent twice lands once.
 */
class OfferSubmissionConcurrencyTest extends SavedDraftsTest {

    @Test
    void tenOffersSubmittedAtOnceAllLandWithTheirOwnChecksums() throws Exception {
        Published competition = publishedCompetition("Konkurs równoległy");
        List<Submitter> submitters = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            submitters.add(savedDraft(competition, i));
        }
        List<Supplier<Page>> posts = submitters.stream().<Supplier<Page>>map(s -> s::submit).toList();

        List<Page> pages = atOnce(posts);

        assertThat(pages).extracting(Page::status).containsOnly(302);
        String ids = String.join(",", submitters.stream().map(s -> String.valueOf(s.offerId())).toList());
        assertThat(jdbc.sql("select count(*) from offer where status = 'SUBMITTED' and id in (" + ids + ")")
            .query(Long.class)
            .single()).isEqualTo(10L);
        assertThat(jdbc
            .sql("select count(distinct checksum) from offer_version where number = 1 and offer_id in (" + ids + ")")
            .query(Long.class)
            .single()).isEqualTo(10L);
    }

    @Test
    void theSameOfferSentTwiceAtOnceLandsOnceAndTheSecondIsTold409() throws Exception {
        Published competition = publishedCompetition("Konkurs dwuklik");
        Submitter twice = savedDraft(competition, 1);

        List<Page> pages = atOnce(List.of(twice::submit, twice::submit));

        assertThat(pages).extracting(Page::status).containsExactlyInAnyOrder(302, 409);
        assertThat(jdbc.sql("select count(*) from offer_version where offer_id = ?")
            .param(twice.offerId())
            .query(Long.class)
            .single()).isEqualTo(1L);
    }

    private static List<Page> atOnce(List<Supplier<Page>> posts) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(posts.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Page>> futures = posts.stream().map(post -> CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                }
                catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return post.get();
            }, pool)).toList();
            start.countDown();
            List<Page> pages = new ArrayList<>();
            for (CompletableFuture<Page> f : futures) {
                pages.add(f.get());
            }
            return pages;
        }
        finally {
            pool.shutdown();
        }
    }

}

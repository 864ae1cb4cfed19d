package pl.wspolnie.news.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface NewsRepository extends JpaRepository<NewsItem, Long> {

    @Query("select n from NewsItem n where n.status = pl.wspolnie.news.domain.NewsStatus.PENDING and n.jstId in :jsts order by n.createdAt")
    List<NewsItem> pendingIn(Collection<Long> jsts);

    @Query("select n from NewsItem n where n.status = pl.wspolnie.news.domain.NewsStatus.PUBLISHED and n.announced = false and n.publishAt <= :now")
    List<NewsItem> dueForAnnouncement(Instant now);

}

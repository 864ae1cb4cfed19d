package pl.wspolnie.noticeboard.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface NoticeRepository extends JpaRepository<Notice, Long> {

    @Query("select n from Notice n where n.status = pl.wspolnie.noticeboard.domain.NoticeStatus.PUBLISHED"
            + " and n.expiresOn >= :today and (:kind is null or n.kind = :kind) order by n.expiresOn, n.id")
    Page<Notice> current(LocalDate today, NoticeKind kind, Pageable page);

    Optional<Notice> findFirstByLinkOrderById(String link);

    @Query("select n from Notice n where n.status = pl.wspolnie.noticeboard.domain.NoticeStatus.PENDING and n.jstId in :jsts"
            + " order by n.createdAt, n.id")
    List<Notice> pendingIn(Collection<Long> jsts);

}

package pl.wspolnie.bulletin.domain;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.time.Instant;
import java.time.LocalDate;

public interface BulletinIssueRepository extends JpaRepository<BulletinIssue, Long> {

    /** What the archive shows (not the PDF bytes). */
    interface Listed {

        Long getId();

        Long getJstId();

        Integer getNumber();

        LocalDate getPeriodFrom();

        LocalDate getPeriodTo();

        Instant getPublishedAt();

    }

    @Query(value = "select i.id as id, i.jstId as jstId, i.number as number, i.periodFrom as periodFrom, i.periodTo as periodTo, "
            + "i.publishedAt as publishedAt from BulletinIssue i where i.status = 'PUBLISHED' order by i.publishedAt desc",
            countQuery = "select count(i) from BulletinIssue i where i.status = 'PUBLISHED'")
    Page<Listed> published(Pageable page);

    @Query("select i from BulletinIssue i where i.status = 'DRAFT' and i.jstId in :jsts order by i.createdAt desc")
    List<BulletinIssue> drafts(Collection<Long> jsts);

    @Query("select coalesce(max(i.number), 0) from BulletinIssue i where i.jstId = :jstId")
    int lastNumber(long jstId);

}

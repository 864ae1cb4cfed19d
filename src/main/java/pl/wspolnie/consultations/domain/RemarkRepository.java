package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

interface RemarkRepository extends JpaRepository<Remark, Long> {

    @Query("select r from Remark r left join fetch r.answer where r.consultationId = :id order by r.id")
    List<Remark> withAnswers(@Param("id") long consultationId);

    @Query("select count(r) from Remark r where r.consultationId = :id and r.answer is null")
    long unanswered(@Param("id") long consultationId);

    @Query("select r.consultationId, count(r), sum(case when r.answer is null then 1 else 0 end) from Remark r where r.consultationId in :ids group by r.consultationId")
    List<Object[]> countsFor(@Param("ids") Collection<Long> consultationIds);

    @Query("select r from Remark r where r.consultationId = :id and r.authorUserId = :user order by r.id")
    List<Remark> byAuthor(@Param("id") long consultationId, @Param("user") long userId);

}

package pl.wspolnie.noticeboard.domain;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface NoticeResponseRepository extends JpaRepository<NoticeResponse, Long> {

    List<NoticeResponse> findByNoticeIdOrderByCreatedAt(long noticeId);

    boolean existsByNoticeIdAndUserId(long noticeId, long userId);

}

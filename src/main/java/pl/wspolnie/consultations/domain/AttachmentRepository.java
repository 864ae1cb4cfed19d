package pl.wspolnie.consultations.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

interface AttachmentRepository extends JpaRepository<ConsultationAttachment, Long> {

    /** The list without the files' content. */
    @Query("select new pl.wspolnie.consultations.domain.AttachmentInfo(a.id, a.meetingId, a.file.fileName, a.file.mediaType, a.file.sizeBytes) "
            + "from ConsultationAttachment a where a.consultationId = :id order by a.id")
    List<AttachmentInfo> listOf(@Param("id") long consultationId);

    List<ConsultationAttachment> findByMeetingId(Long meetingId);

}

package pl.wspolnie.governance.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

public interface MeetingDocumentRepository extends JpaRepository<MeetingDocument, Long> {

    /** Name, type and size for the meeting's page (the bytes are not read). */
    interface Listed {

        Long getId();

        String getFileName();

        String getMediaType();

        int getSizeBytes();

    }

    @Query("select d.id as id, d.file.fileName as fileName, d.file.mediaType as mediaType, d.file.sizeBytes as sizeBytes "
            + "from MeetingDocument d where d.meetingId = :meetingId order by d.id")
    List<Listed> listed(long meetingId);

    Optional<MeetingDocument> findByIdAndMeetingId(long id, long meetingId);

}

package pl.wspolnie.news.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

public interface NewsAttachmentRepository extends JpaRepository<NewsAttachment, Long> {

    /** Name, type and size for the item's page (the bytes are not read). */
    interface Listed {

        Long getId();

        String getFileName();

        String getContentType();

        int getSizeBytes();

    }

    @Query("select a.id as id, a.file.fileName as fileName, a.file.mediaType as contentType, a.file.sizeBytes as sizeBytes "
            + "from NewsAttachment a where a.newsId = :newsId order by a.id")
    List<Listed> listed(long newsId);

}

package pl.wspolnie.initiatives.domain;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import pl.wspolnie.shared.domain.NotAllowed;
import pl.wspolnie.shared.domain.NotFound;
import pl.wspolnie.shared.domain.RuleViolation;
import pl.wspolnie.shared.domain.StateConflict;
import pl.wspolnie.shared.files.DescribedPhoto;
import pl.wspolnie.shared.files.Upload;

import java.time.Clock;
import java.util.List;

/**
 * The short report of an accepted initiative with photos: written by its parties (the
 * JST's officials, the applicants), public on the initiative's page.
 */
@Service
@Transactional
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class InitiativeReports {

    /** The most photos of one initiative. */
    public static final int MAX_PHOTOS = 6;

    /** A photo's id and description. */
    public record PhotoRef(long id, String altText) {
    }

    private final Initiatives initiatives;

    private final InitiativePhotoRepository photos;

    private final InitiativeAccess access;

    private final Clock clock;

    /** The photos of an initiative (public once it is accepted). */
    @Transactional(readOnly = true)
    public List<PhotoRef> photos(long initiativeId) {
        return photos.refs(initiativeId);
    }

    /** A photo with its content (public). */
    @Transactional(readOnly = true)
    public InitiativePhoto photo(long photoId) {
        return photos.findById(photoId).orElseThrow(() -> new NotFound("initiative photo " + photoId));
    }

    private Initiative requireParty(long initiativeId) {
        Initiative i = initiatives.initiativeForUpdate(initiativeId);
        access.requireUser();
        if (!access.isOfficial(i.getJstId()) && !initiatives.isParty(i)) {
            throw new NotAllowed("not a party to initiative " + initiativeId);
        }
        if (!i.isAgreed()) {
            throw new StateConflict("initiatives.ledger.notAccepted", "initiative " + initiativeId);
        }
        return i;
    }

    /** A party writes the report. */
    public void writeReport(long initiativeId, String report) {
        Initiative i = requireParty(initiativeId);
        String text = report == null ? "" : report.strip();
        if (text.length() > 4000) {
            throw new RuleViolation("report", "initiatives.tooLong");
        }
        i.report(text.isEmpty() ? null : text);
    }

    /** A party adds a photo: JPG or PNG (by its first bytes) up to 10 MB, described. */
    public long addPhoto(long initiativeId, Upload photo, String altText) {
        Initiative i = requireParty(initiativeId);
        DescribedPhoto checked = DescribedPhoto.check(photo, altText, clock.instant());
        if (photos.countByInitiativeId(initiativeId) >= MAX_PHOTOS) {
            throw new RuleViolation("photo", "initiatives.photo.tooMany", MAX_PHOTOS);
        }
        return photos.save(new InitiativePhoto(i, checked)).getId();
    }

    /** A party removes a photo; returns its initiative's id. */
    public long removePhoto(long photoId) {
        InitiativePhoto photo = photo(photoId);
        requireParty(photo.getInitiativeId());
        photos.delete(photo);
        return photo.getInitiativeId();
    }

}

package pl.wspolnie.centre.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** What the organiser enters about a training. */
public record TrainingDetails(TrainingKind kind, String title, String programme, String trainer, String place,
        String onlineLink, Instant startsAt, Instant endsAt, int capacity, Instant applicationsOpen,
        Instant applicationsClose, RecruitmentMode recruitmentMode, Set<Audience> audiences, List<String> needTags) {
}

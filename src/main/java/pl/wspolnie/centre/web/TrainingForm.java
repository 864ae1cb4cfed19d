package pl.wspolnie.centre.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.format.annotation.DateTimeFormat;
import pl.wspolnie.centre.domain.Audience;
import pl.wspolnie.centre.domain.RecruitmentMode;
import pl.wspolnie.centre.domain.TrainingDetails;
import pl.wspolnie.centre.domain.TrainingKind;
import pl.wspolnie.shared.time.ClockConfig;

import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import pl.wspolnie.centre.domain.Training;

/** The organiser's form of a training. Dates and times are local (Europe/Warsaw). */
@Getter
@Setter
public class TrainingForm {

    static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    @NotNull
    private TrainingKind kind = TrainingKind.TRAINING;

    @NotBlank
    @Size(max = 300, message = "{centre.field.tooLong}")
    private String title;

    @NotBlank
    @Size(max = 10000, message = "{centre.field.tooLong}")
    private String programme;

    @Size(max = 300, message = "{centre.field.tooLong}")
    private String trainer;

    @Size(max = 500, message = "{centre.field.tooLong}")
    private String place;

    @Size(max = 500, message = "{centre.field.tooLong}")
    @Pattern(regexp = "^$|^https?://\\S+$", message = "{centre.training.onlineLink.invalid}")
    private String onlineLink;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime startsAt;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime endsAt;

    @NotNull
    @Min(1)
    @Max(10000)
    private Integer capacity;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime applicationsOpen;

    @NotNull
    @DateTimeFormat(pattern = DATE_TIME)
    private LocalDateTime applicationsClose;

    @NotNull
    private RecruitmentMode recruitmentMode = RecruitmentMode.FIRST_COME;

    @NotEmpty
    private Set<Audience> audiences = EnumSet.noneOf(Audience.class);

    @Size(max = 1000, message = "{centre.field.tooLong}")
    private String needTags;

    /** The form filled with a training's details (the edit page). */
    static TrainingForm of(Training t) {
        TrainingForm f = new TrainingForm();
        f.kind = t.getKind();
        f.title = t.getTitle();
        f.programme = t.getProgramme();
        f.trainer = t.getTrainer();
        f.place = t.getPlace();
        f.onlineLink = t.getOnlineLink() == null ? "" : t.getOnlineLink();
        f.startsAt = LocalDateTime.ofInstant(t.getStartsAt(), ClockConfig.WARSAW);
        f.endsAt = LocalDateTime.ofInstant(t.getEndsAt(), ClockConfig.WARSAW);
        f.capacity = t.getCapacity();
        f.applicationsOpen = LocalDateTime.ofInstant(t.getApplicationsOpen(), ClockConfig.WARSAW);
        f.applicationsClose = LocalDateTime.ofInstant(t.getApplicationsClose(), ClockConfig.WARSAW);
        f.recruitmentMode = t.getRecruitmentMode();
        f.audiences = t.audienceSet();
        f.needTags = String.join(", ", t.tags());
        return f;
    }

    TrainingDetails details() {
        List<String> tags = needTags == null ? List.of()
                : Arrays.stream(needTags.split(","))
                    .map(s -> s.strip().replaceAll("\\s+", " "))
                    .filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new))
                    .stream()
                    .toList();
        return new TrainingDetails(kind, title.strip(), programme.strip(), trainer == null ? "" : trainer.strip(),
                place == null ? "" : place.strip(), onlineLink, startsAt.atZone(ClockConfig.WARSAW).toInstant(),
                endsAt.atZone(ClockConfig.WARSAW).toInstant(), capacity,
                applicationsOpen.atZone(ClockConfig.WARSAW).toInstant(),
                applicationsClose.atZone(ClockConfig.WARSAW).toInstant(), recruitmentMode, audiences, tags);
    }

    public boolean hasAudience(Audience a) {
        return audiences != null && audiences.contains(a);
    }

}

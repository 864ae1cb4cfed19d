package pl.wspolnie.centre.domain;

import java.util.List;

/**
 * Staff cancelled a training; {@code userIds} are the applicants still in (accepted,
 * waiting, pending).
 */
public record TrainingCancelled(long trainingId, String title, String when, String reason, List<Long> userIds) {
}

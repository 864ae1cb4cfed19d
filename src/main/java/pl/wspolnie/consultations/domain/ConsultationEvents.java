package pl.wspolnie.consultations.domain;

import java.util.List;

/**
 * What happened in a consultation that the authors of remarks are told (after commit).
 */
public final class ConsultationEvents {

    private ConsultationEvents() {
    }

    /** The official answered these remarks with one answer. */
    public record RemarksAnswered(long consultationId, long answerId, List<Long> remarkIds) {
    }

    /** The consultation was closed and its report published. */
    public record ReportPublished(long consultationId) {
    }

}

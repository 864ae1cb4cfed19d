package pl.wspolnie.budget.domain.review;

/** The two reviews of a project, in their order: formal first, then merit. */
public enum ReviewStage {

    FORMAL, MERIT

}

package pl.wspolnie.news.domain;

/**
 * NEWS appear under /news; the other kinds are the library of good practices, expert
 * opinions and interviews.
 */
public enum ArticleKind {

    NEWS, GOOD_PRACTICE, EXPERT_OPINION, INTERVIEW;

    public boolean isArticle() {
        return this != NEWS;
    }

}

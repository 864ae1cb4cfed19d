package pl.wspolnie.competitions.domain.contract;

/** How many answer codes the organisation wants to hand out now. */
public class EvaluationCodesForm {

    private Integer count;

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

}

package pl.wspolnie.competitions.domain.contract;

import lombok.Getter;
import lombok.Setter;

/** How many answer codes the organisation wants to hand out now. */
@Getter
@Setter
public class EvaluationCodesForm {

    private Integer count;

}

package pl.wspolnie.competitions.domain.smallgrant;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import pl.wspolnie.competitions.domain.offer.OfferForm;

/**
 * The simplified offer of a small grant (Dz.U. 2018 poz. 2055) as typed: the offer form's
 * title, dates, description, results, cost table, own contribution and statements, with
 * the sphere of public benefit of the task and the place where it is carried out. Its
 * cost table and totals are read by the same code as a competition's offer
 * ({@code OfferRules.checkSmallGrant}).
 */
@Getter
@Setter
public class SmallGrantForm extends OfferForm {

    @Size(max = 100, message = "{competitions.field.tooLong}")
    private String sphereCode = "";

    @Size(max = 500, message = "{competitions.field.tooLong}")
    private String place = "";

}

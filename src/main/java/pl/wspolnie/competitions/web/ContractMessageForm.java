package pl.wspolnie.competitions.web;

import lombok.Getter;
import lombok.Setter;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.competitions.domain.contract.ContractMessage;

/** A message typed in a contract's thread, with an optional attachment. */
@Getter
@Setter
public class ContractMessageForm {

    @Size(max = ContractMessage.MAX_LENGTH, message = "{competitions.field.tooLong}")
    private String body = "";

    private MultipartFile file;

}

package pl.wspolnie.competitions.web;

import jakarta.validation.constraints.Size;
import org.springframework.web.multipart.MultipartFile;
import pl.wspolnie.competitions.domain.contract.ContractMessage;

/** A message typed in a contract's thread, with an optional attachment. */
public class ContractMessageForm {

    @Size(max = ContractMessage.MAX_LENGTH, message = "{competitions.field.tooLong}")
    private String body = "";

    private MultipartFile file;

    public String getBody() {
        return body;
    }

    public void setBody(String v) {
        this.body = v;
    }

    public MultipartFile getFile() {
        return file;
    }

    public void setFile(MultipartFile v) {
        this.file = v;
    }

}

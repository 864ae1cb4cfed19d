package pl.wspolnie.competitions.domain.contract;

import jakarta.validation.constraints.Size;

/** What the official records after a control: what was checked and the findings. */
public class ControlRecordForm {

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedDocuments = "";

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedOnSite = "";

    @Size(max = 5000, message = "{competitions.field.tooLong}")
    private String checkedResults = "";

    @Size(max = 10000, message = "{competitions.field.tooLong}")
    private String findings = "";

    public String getCheckedDocuments() {
        return checkedDocuments;
    }

    public void setCheckedDocuments(String v) {
        this.checkedDocuments = v;
    }

    public String getCheckedOnSite() {
        return checkedOnSite;
    }

    public void setCheckedOnSite(String v) {
        this.checkedOnSite = v;
    }

    public String getCheckedResults() {
        return checkedResults;
    }

    public void setCheckedResults(String v) {
        this.checkedResults = v;
    }

    public String getFindings() {
        return findings;
    }

    public void setFindings(String v) {
        this.findings = v;
    }

}

package pl.wspolnie.consultations.web;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import pl.wspolnie.consultations.ConsultationOpinion;
import pl.wspolnie.consultations.ConsultationOpinionSource;
import pl.wspolnie.consultations.domain.Consultation;
import pl.wspolnie.consultations.domain.ConsultationStatus;
import pl.wspolnie.consultations.domain.ConsultationSurvey;
import pl.wspolnie.consultations.domain.ConsultationWorkflow;
import pl.wspolnie.consultations.domain.DraftItem;
import pl.wspolnie.consultations.domain.Remark;
import pl.wspolnie.partnership.Jsts;
import pl.wspolnie.shared.pdf.PdfDocuments;
import pl.wspolnie.shared.security.Permissions;
import pl.wspolnie.shared.domain.NotFound;

import pl.wspolnie.shared.web.FileDownloads;
import pl.wspolnie.shared.web.SiteAddress;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.time.format.DateTimeFormatter;

/**
 * The consultation report (raport z konsultacji) as a page and a PDF: public once the
 * consultation is closed; the official sees a preview from the end of the remarks period.
 */
@Controller
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ConsultationReportController {

    private final ConsultationWorkflow workflow;

    private final ConsultationSurvey survey;

    private final Jsts jsts;

    private final Permissions permissions;

    private final PdfDocuments pdf;

    private final ObjectProvider<ConsultationOpinionSource> opinionSources;

    private final SiteAddress site;

    @GetMapping("/consultations/{id:\\d+}/report")
    String page(@PathVariable long id, Model model) {
        model.addAllAttributes(report(id));
        return "consultations/report";
    }

    @GetMapping("/consultations/{id:\\d+}/report.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
        Map<String, Object> model = report(id);
        Consultation c = (Consultation) model.get("c");
        model.put("pdfFooter", c.getSubject());
        byte[] bytes = pdf.render("consultations/report-pdf", model, locale);
        return FileDownloads.pdf(bytes, "raport-konsultacji-" + id + ".pdf");
    }

    private Map<String, Object> report(long id) {
        Consultation c = workflow.get(id);
        ConsultationStatus status = c.status(workflow.today());
        boolean official = permissions.currentUser().isPresent() && workflow.isOfficial(c.getJstId());
        if (status != ConsultationStatus.CLOSED && !(official && status == ConsultationStatus.ENDED)) {
            throw new NotFound("report of consultation " + id);
        }
        List<Remark> remarks = workflow.remarksWithAnswers(id);
        Map<Long, String> labels = new HashMap<>();
        for (DraftItem i : workflow.items(id, 1)) {
            if (i.getLabel() != null) {
                labels.put(i.getId(), i.getLabel());
            }
        }
        Set<String> participants = new HashSet<>();
        Set<String> organisations = new HashSet<>();
        for (Remark r : remarks) {
            participants.add(r.getAuthorUserId() != null ? "u" + r.getAuthorUserId()
                    : "n" + r.getAuthorName().toLowerCase(Locale.ROOT));
            if (r.getOrganizationName() != null) {
                organisations.add(r.getOrganizationName().toLowerCase(Locale.ROOT));
            }
        }
        List<ConsultationOpinion> opinions = new ArrayList<>();
        opinionSources.orderedStream().forEach(s -> opinions.addAll(s.opinionsOn(id)));
        Map<String, Object> model = new HashMap<>();
        model.put("c", c);
        model.put("status", status);
        model.put("preview", status != ConsultationStatus.CLOSED);
        model.put("jstName", jsts.get(c.getJstId()).name());
        model.put("remarks", remarks);
        model.put("labels", labels);
        model.put("participants", participants.size());
        model.put("organisations", organisations.size());
        model.put("meetings", workflow.meetings(id));
        model.put("opinions", opinions);
        DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
        model.put("startsOn", date.format(c.getStartsOn()));
        model.put("endsOn", date.format(c.getEndsOn()));
        model.put("pageUrl", site.of("/consultations/" + id));
        model.put("survey", survey.results(id).orElse(null));
        return model;
    }

}

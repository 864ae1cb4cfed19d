package pl.wspolnie.consultations;

import java.util.List;

/**
 * Implemented by a module that gives opinions on consulted drafts (the council). The
 * consultation page reads all implementations; without any, it shows no opinions. Keeps
 * consultations independent of the council.
 */
public interface ConsultationOpinionSource {

    List<ConsultationOpinion> opinionsOn(long consultationId);

}

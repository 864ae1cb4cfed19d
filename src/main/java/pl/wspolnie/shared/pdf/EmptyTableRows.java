package pl.wspolnie.shared.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A table body without rows becomes one row with a dash across all columns: PDF/UA-1
 * (7.2) wants a table with a header to have a body, and a reader then hears that the
 * table is empty instead of a header alone. Templates are shared with the web pages, so
 * this is done once here rather than in each template.
 */
final class EmptyTableRows implements FSDOMMutator {

    static final String EMPTY = "—";

    @Override
    public void mutateDocument(Document document) {
        NodeList bodies = document.getElementsByTagName("tbody");
        for (int i = 0; i < bodies.getLength(); i++) {
            Element body = (Element) bodies.item(i);
            if (body.getElementsByTagName("tr").getLength() > 0) {
                continue;
            }
            Element row = document.createElement("tr");
            Element cell = document.createElement("td");
            cell.setAttribute("colspan", String.valueOf(columns((Element) body.getParentNode())));
            cell.setTextContent(EMPTY);
            row.appendChild(cell);
            body.appendChild(row);
        }
    }

    private static int columns(Element table) {
        NodeList rows = table.getElementsByTagName("tr");
        int most = 1;
        for (int i = 0; i < rows.getLength(); i++) {
            Element row = (Element) rows.item(i);
            most = Math.max(most,
                    row.getElementsByTagName("th").getLength() + row.getElementsByTagName("td").getLength());
        }
        return most;
    }

}

package dk.protokol.query.publication;

import dk.protokol.query.documents.MinutesText;
import dk.protokol.query.minutes.MinutesView;
import dk.protokol.query.organisation.BodyView;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A publishing body's approved minutes as an Atom feed (RFC 4287): one entry per approved meeting, newest approval
 * first, its summary the decisions; links to the public page and the PDF. Written with the JDK's XML writer, so every
 * text is escaped. Derived from the minutes alone: the same minutes give the same feed.
 */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String of(BodyView body, List<MinutesView> minutes, String baseUrl) {
        String page = baseUrl + "/offentlig/organer/" + body.id();
        Instant updated = minutes.stream().map(MinutesView::approvedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(Instant.EPOCH);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:uuid:" + body.id());
            element(xml, "title", "Referater: " + MinutesText.bodyName(body.name()));
            element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(updated));
            link(xml, "self", page + "/feed.atom", "application/atom+xml");
            link(xml, "alternate", page, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", body.organisation() == null ? MinutesText.bodyName(body.name()) : body.organisation());
            xml.writeEndElement();
            for (MinutesView meeting : minutes) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:uuid:" + meeting.meetingId());
                element(xml, "title", "Referat af mødet " + (meeting.start() == null ? "" : MinutesText.date(meeting.start().toLocalDate())));
                element(xml, "updated", DateTimeFormatter.ISO_INSTANT.format(
                        meeting.approvedAt() == null ? updated : meeting.approvedAt()));
                link(xml, "alternate", page + "#moede-" + meeting.meetingId(), "text/html");
                link(xml, "enclosure", page + "/moeder/" + meeting.meetingId() + "/referat.pdf", "application/pdf");
                element(xml, "summary", summary(meeting));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return out.toString();
    }

    /** "Godkendt ...; 3. Budget: Budgettet godkendes. (Vedtaget)" — the status line and every decision. */
    private static String summary(MinutesView meeting) {
        StringBuilder text = new StringBuilder(MinutesText.status(meeting)).append('.');
        for (MinutesView.Item item : meeting.agenda()) {
            for (MinutesView.Decision decision : item.decisions()) {
                text.append('\n').append(item.number() == null ? "" : item.number() + ". ").append(item.title())
                        .append(": ").append(decision.text()).append(" (").append(decision.outcomeLabel()).append(')');
            }
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
        xml.writeAttribute("type", type);
    }
}

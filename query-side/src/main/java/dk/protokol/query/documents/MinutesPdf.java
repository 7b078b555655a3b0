package dk.protokol.query.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dk.protokol.query.minutes.MinutesView;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.DateConverter;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The minutes as an archivable PDF: PDF/A-2u (Unicode text, for long-term keeping of a public body's
 * records) with tagged structure, laid out by openhtmltopdf from {@link MinutesHtml}. PDF/A forbids the
 * unembedded base fonts, so the Liberation Sans family (SIL Open Font License, shipped in the
 * {@code openpdf-fonts-extra} jar) is embedded as subsets; it covers æ, ø and å. The output intent is the
 * sRGB profile of the Java runtime.
 * <p>
 * The renderer stamps each document with the moment it was made (the information dictionary's and the XMP's
 * creation date) and PDFBox gives the trailer an identifier hashed from the clock. For the archive version of
 * approved minutes (issue 12), {@link #render(MinutesView, ArchivalStamp)} takes both from the stamp instead, so the
 * same minutes give the same bytes whenever they are derived.
 */
@Component
public class MinutesPdf {

    private static final String PRODUCER = "Protokol";

    private record Face(byte[] ttf, int weight, FontStyle style) {
    }

    private final List<Face> faces;
    private final byte[] srgb;

    public MinutesPdf() {
        this.faces = List.of(
                new Face(font("LiberationSans-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(font("LiberationSans-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(font("LiberationSans-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(font("LiberationSans-BoldItalic.ttf"), 700, FontStyle.ITALIC));
        this.srgb = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
    }

    /**
     * What an archival document says about its own making: its creation date (the approval's instant) and the
     * name its identifier is derived from (the meeting and the approval's position), instead of the clock.
     */
    public record ArchivalStamp(Instant createdAt, String documentName) {
    }

    public byte[] render(MinutesView minutes) {
        return renderXhtml(MinutesHtml.render(minutes), null);
    }

    /** The minutes as a document that depends on nothing but the minutes and the stamp: byte for byte the same. */
    public byte[] render(MinutesView minutes, ArchivalStamp stamp) {
        return renderXhtml(MinutesHtml.render(minutes), stamp);
    }

    byte[] renderXhtml(String xhtml) {
        return renderXhtml(xhtml, null);
    }

    private byte[] renderXhtml(String xhtml, ArchivalStamp stamp) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .usePdfAConformance(PdfAConformance.PDFA_2_U)
                .usePdfUaAccessibility(true)
                .useColorProfile(srgb)
                .withProducer(PRODUCER)
                .withHtmlContent(xhtml, null)
                .toStream(out);
        for (Face face : faces) {
            builder.useFont(() -> new ByteArrayInputStream(face.ttf()), MinutesHtml.FONT_FAMILY, face.weight(),
                    face.style(), true);
        }
        try {
            if (stamp == null) {
                builder.run();
            } else {
                try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                    renderer.setListener(new Stamping(stamp));
                    renderer.createPDF();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Referatet kunne ikke dannes som PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * Called when the document is complete and before it is written: the renderer has just set the creation date
     * to now (information dictionary and XMP alike, as PDF/A wants them equal); both become the stamp's instant, and
     * the trailer's identifier (PDF/A requires one) is set from the stamp, so PDFBox does not hash the clock into it.
     */
    private record Stamping(ArchivalStamp stamp) implements PDFCreationListener {

        private static final Pattern CREATE_DATE = Pattern.compile("<xmp:CreateDate>([^<]*)</xmp:CreateDate>");
        private static final Pattern MODIFY_DATE = Pattern.compile("xmp:ModifyDate");

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument document = renderer.getPdfDocument();
            // both dates are written to the second: the information dictionary's and the XMP's must be equal
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            created.setTimeInMillis(stamp.createdAt().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
            PDDocumentInformation information = document.getDocumentInformation();
            information.setCreationDate(created);
            information.setModificationDate(null);
            try {
                PDMetadata stream = document.getDocumentCatalog().getMetadata();
                stream.importXMPMetadata(withCreateDate(stream.toByteArray(), created));
            } catch (IOException e) {
                throw new UncheckedIOException("Referatets metadata kunne ikke stemples", e);
            }
            byte[] identifier = Arrays.copyOf(sha256(stamp.documentName()), 16);
            COSArray ids = new COSArray();
            ids.add(new COSString(identifier));
            ids.add(new COSString(identifier));
            document.getDocument().getTrailer().setItem(COSName.ID, ids);
        }

        /**
         * The renderer's XMP packet with its one {@code xmp:CreateDate} set to {@code created}. Replaced in the text:
         * xmpbox's strict parser does not know the PDF/UA identification schema the renderer writes, and the text is
         * the renderer's own, always in this form (a change of the renderer that breaks it fails here, not silently).
         */
        static byte[] withCreateDate(byte[] xmp, Calendar created) {
            String text = new String(xmp, StandardCharsets.UTF_8);
            Matcher dates = CREATE_DATE.matcher(text);
            if (!dates.find()) {
                throw new IllegalStateException("Referatets XMP-metadata har ingen xmp:CreateDate");
            }
            String stamped = text.substring(0, dates.start(1)) + DateConverter.toISO8601(created)
                    + text.substring(dates.end(1));
            if (dates.find()) {
                throw new IllegalStateException("Referatets XMP-metadata har mere end én xmp:CreateDate");
            }
            if (MODIFY_DATE.matcher(stamped).find()) {
                throw new IllegalStateException("Referatets XMP-metadata har en xmp:ModifyDate");
            }
            return stamped.getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] sha256(String text) {
            try {
                return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
            }
        }
    }

    private static byte[] font(String file) {
        String resource = "/liberation/" + file;
        try (InputStream in = MinutesPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Skrifttypen " + resource + " mangler på classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

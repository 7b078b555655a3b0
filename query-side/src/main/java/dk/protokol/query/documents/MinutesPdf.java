package dk.protokol.query.documents;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import dk.protokol.query.minutes.MinutesView;
import org.springframework.stereotype.Component;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The minutes as an archivable PDF: PDF/A-2u (Unicode text, for long-term keeping of a public body's
 * records) with tagged structure, laid out by openhtmltopdf from {@link MinutesHtml}. PDF/A forbids the
 * unembedded base fonts, so the Liberation Sans family (SIL Open Font License, shipped in the
 * {@code openpdf-fonts-extra} jar) is embedded as subsets; it covers æ, ø and å. The output intent is the
 * sRGB profile of the Java runtime.
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

    public byte[] render(MinutesView minutes) {
        return renderXhtml(MinutesHtml.render(minutes));
    }

    byte[] renderXhtml(String xhtml) {
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
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("Referatet kunne ikke dannes som PDF", e);
        }
        return out.toByteArray();
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

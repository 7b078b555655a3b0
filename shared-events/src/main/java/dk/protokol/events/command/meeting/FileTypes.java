package dk.protokol.events.command.meeting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The types a bilag may have, told by content alone (magic bytes), never by name: PDF ({@code %PDF-}), PNG, JPEG,
 * and the ZIP containers told apart by their entries: ODT (a first entry {@code mimetype} reading
 * {@code application/vnd.oasis.opendocument.text}), DOCX (entries under {@code word/}) and XLSX (under {@code xl/}).
 * Anything else, an executable named {@code .pdf} among them, is no bilag.
 */
public final class FileTypes {

    /** The one message for a file of another type, in the API and the pages alike. */
    public static final String REFUSAL = "Filen er ikke en PDF, DOCX, XLSX, ODT, PNG eller JPEG.";

    /** A ZIP with more entries than this is not read further (an office document has tens or hundreds). */
    private static final int MAX_ENTRIES = 10_000;
    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};

    /** A type taken: its media type and the usual file extension. */
    public enum Type {
        PDF("application/pdf", "pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
        ODT(FileTypes.ODT, "odt"),
        PNG("image/png", "png"),
        JPEG("image/jpeg", "jpg");

        private final String contentType;
        private final String extension;

        Type(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    private FileTypes() {
    }

    /** The type of the content, or empty when it is none of those taken. */
    public static Optional<Type> of(byte[] content) {
        if (startsWith(content, PDF)) {
            return Optional.of(Type.PDF);
        }
        if (startsWith(content, PNG)) {
            return Optional.of(Type.PNG);
        }
        if (startsWith(content, JPEG)) {
            return Optional.of(Type.JPEG);
        }
        if (startsWith(content, ZIP)) {
            return container(content);
        }
        return Optional.empty();
    }

    private static Optional<Type> container(byte[] content) {
        boolean word = false;
        boolean excel = false;
        boolean contentTypes = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null && entries++ < MAX_ENTRIES) {
                String name = entry.getName();
                if (entries == 1 && name.equals("mimetype")) {
                    byte[] declared = zip.readNBytes(ODT.length() + 1);
                    return new String(declared, StandardCharsets.US_ASCII).equals(ODT) ? Optional.of(Type.ODT)
                            : Optional.empty();
                }
                word |= name.startsWith("word/");
                excel |= name.startsWith("xl/");
                contentTypes |= name.equals("[Content_Types].xml");
            }
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? Type.DOCX : Type.XLSX);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }
}

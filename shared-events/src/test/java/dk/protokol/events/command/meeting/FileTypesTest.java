package dk.protokol.events.command.meeting;

import dk.protokol.events.command.InvalidCommand;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A bilag's type is told by its content: magic bytes, and for ZIP containers their entries. */
class FileTypesTest {

    @Test
    void pdfPngAndJpegByTheirMagicBytes() {
        assertThat(FileTypes.of("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).contains(FileTypes.Type.PDF);
        assertThat(FileTypes.of(new byte[]{(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10})).contains(FileTypes.Type.PNG);
        assertThat(FileTypes.of(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileTypes.Type.JPEG);
    }

    @Test
    void officeContainersByTheirEntries() throws IOException {
        assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "word/document.xml"))).contains(FileTypes.Type.DOCX);
        assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "xl/workbook.xml"))).contains(FileTypes.Type.XLSX);
        assertThat(FileTypes.of(odt("application/vnd.oasis.opendocument.text"))).contains(FileTypes.Type.ODT);
        assertThat(FileTypes.Type.ODT.contentType()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void otherContainersAndContentAreNoBilag() throws IOException {
        assertThat(FileTypes.of(odt("application/vnd.oasis.opendocument.spreadsheet"))).isEmpty();
        assertThat(FileTypes.of(zip(false, "payload.exe"))).as("a plain ZIP").isEmpty();
        assertThat(FileTypes.of(zip(false, "word/document.xml"))).as("no [Content_Types].xml").isEmpty();
        assertThat(FileTypes.of(zip(false, "[Content_Types].xml", "word/a.xml", "xl/b.xml"))).as("both").isEmpty();
        assertThat(FileTypes.of(new byte[]{'P', 'K', 3, 4, 0, 0})).as("a broken ZIP").isEmpty();
        assertThat(FileTypes.of(new byte[]{'M', 'Z', (byte) 0x90, 0})).as("a Windows executable").isEmpty();
        assertThat(FileTypes.of(new byte[]{0x7f, 'E', 'L', 'F'})).as("an ELF executable").isEmpty();
        assertThat(FileTypes.of("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileTypes.of(new byte[]{'%', 'P', 'D'})).as("too short").isEqualTo(Optional.empty());
    }

    @Test
    void theNameLosesItsPathAndControlCharactersAndIsKeptOtherwise() {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        assertThat(AttachmentFile.of("C:\\Users\\x\\Budget 2027 – udkast.pdf", pdf).fileName())
                .isEqualTo("Budget 2027 – udkast.pdf");
        assertThat(AttachmentFile.of("../../etc/passwd", pdf).fileName()).isEqualTo("passwd");
        assertThat(AttachmentFile.of("a\u0000b\u202Egnp.pdf", pdf).fileName()).isEqualTo("abgnp.pdf");
        assertThat(AttachmentFile.of(null, pdf).fileName()).isEqualTo("bilag.pdf");
        assertThat(AttachmentFile.of("x".repeat(300), pdf).fileName()).hasSize(255);
        assertThat(AttachmentFile.of("Årsrapport.pdf", pdf).sha256()).hasSize(64).isEqualTo(AttachmentFile.sha256(pdf));
        assertThatThrownBy(() -> AttachmentFile.of("tom.pdf", new byte[0])).isInstanceOf(InvalidCommand.class);
    }

    private static byte[] zip(boolean stored, String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** An OpenDocument file: the entry "mimetype" first and stored uncompressed, as the standard asks. */
    private static byte[] odt(String mimetype) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] type = mimetype.getBytes(StandardCharsets.US_ASCII);
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            ZipEntry first = new ZipEntry("mimetype");
            first.setMethod(ZipEntry.STORED);
            first.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}

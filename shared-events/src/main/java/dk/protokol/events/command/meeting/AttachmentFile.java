package dk.protokol.events.command.meeting;

import dk.protokol.events.command.FieldMessage;
import dk.protokol.events.command.InvalidCommand;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * An uploaded file as a bilag: its name as given (without a path, control characters or more than 255 characters),
 * the type found in its content ({@link FileTypes}: never the one claimed by name or header), its SHA-256 (lower-case
 * hex) and its bytes. Made only by {@link #of}, which refuses what is not a PDF, DOCX, XLSX, ODT, PNG or JPEG, so the
 * API and the pages refuse the same file with the same message (field {@code file}).
 */
public record AttachmentFile(String fileName, String contentType, String sha256, byte[] content) {

    /** The form field (multipart part) the file comes in. */
    public static final String FIELD = "file";
    public static final int MAX_NAME_LENGTH = 255;

    public AttachmentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(content, "content");
    }

    /**
     * @param name    the name the uploader gave (may be null or carry a path)
     * @param content the bytes
     * @throws InvalidCommand naming the field {@code file} when there is no file, it is empty or of a type not taken
     */
    public static AttachmentFile of(String name, byte[] content) {
        if (content == null) {
            throw refused("Vælg en fil.");
        }
        if (content.length == 0) {
            throw refused("Filen er tom.");
        }
        FileTypes.Type type = FileTypes.of(content).orElseThrow(() -> refused(FileTypes.REFUSAL));
        return new AttachmentFile(cleanName(name, type), type.contentType(), sha256(content), content);
    }

    public long size() {
        return content.length;
    }

    /** The last part of a path, without control characters, at most 255 characters; else "bilag.&lt;ext&gt;". */
    static String cleanName(String name, FileTypes.Type type) {
        String cleaned = name == null ? "" : name;
        int slash = Math.max(cleaned.lastIndexOf('/'), cleaned.lastIndexOf('\\'));
        cleaned = cleaned.substring(slash + 1);
        StringBuilder kept = new StringBuilder();
        cleaned.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE && Character.getType(c) != Character.UNASSIGNED)
                .forEach(kept::appendCodePoint);
        cleaned = kept.toString().strip();
        if (cleaned.isEmpty() || cleaned.equals(".") || cleaned.equals("..")) {
            cleaned = "bilag." + type.extension();
        }
        if (cleaned.length() > MAX_NAME_LENGTH) {
            int cut = MAX_NAME_LENGTH;
            if (Character.isHighSurrogate(cleaned.charAt(cut - 1))) {
                cut--;
            }
            cleaned = cleaned.substring(0, cut);
        }
        return cleaned;
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java platform has SHA-256", impossible);
        }
    }

    private static InvalidCommand refused(String message) {
        return new InvalidCommand(List.of(new FieldMessage(FIELD, message)));
    }

    /** Equal when the name, type and bytes are (records compare arrays by identity). */
    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentFile file && fileName.equals(file.fileName)
                && contentType.equals(file.contentType) && sha256.equals(file.sha256)
                && Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, contentType, sha256);
    }

    @Override
    public String toString() {
        return "AttachmentFile[" + fileName + ", " + contentType + ", " + content.length + " bytes, " + sha256 + "]";
    }
}

package dk.protokol.command.meeting;

/**
 * Where the bytes of bilag live, content-addressed by SHA-256 (DESIGN "Files"): written by the meeting's command
 * handler in the transaction that appends the event, so no event ever names bytes that are not there, and a refused
 * command (rolled back) leaves nothing.
 */
public interface AttachmentStore {

    /**
     * Stores the bytes under their hash unless they are there already (the same file is stored once, also when two
     * nodes store it at the same moment).
     */
    void storeIfAbsent(String sha256, String contentType, byte[] content);
}

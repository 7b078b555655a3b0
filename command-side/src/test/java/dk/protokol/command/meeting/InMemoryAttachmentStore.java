package dk.protokol.command.meeting;

import java.util.LinkedHashMap;
import java.util.Map;

/** The bilag's bytes by SHA-256, in memory, for the fixture tests: what a command stored, and that a refusal stored nothing. */
final class InMemoryAttachmentStore implements AttachmentStore {

    final Map<String, byte[]> stored = new LinkedHashMap<>();

    @Override
    public void storeIfAbsent(String sha256, String contentType, byte[] content) {
        stored.putIfAbsent(sha256, content.clone());
    }
}

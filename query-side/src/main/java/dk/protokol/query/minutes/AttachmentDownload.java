package dk.protokol.query.minutes;

/** A bilag as a reader downloads it: what the minutes say of it and its bytes. */
public record AttachmentDownload(MinutesView.Attachment attachment, byte[] content) {
}

package dk.protokol.events.meeting;

/** How the secretary answered a comment on circulated minutes. */
public enum CommentResolution {
    /** The minutes were corrected as the comment asked; the answer's text is the corrected wording. */
    CORRECTED,
    /** The comment was noted without changing the minutes; the answer's text says why. */
    NOTED
}

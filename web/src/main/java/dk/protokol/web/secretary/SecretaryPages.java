package dk.protokol.web.secretary;

import dk.protokol.web.common.PageForms;
import org.springframework.context.annotation.Import;

/**
 * What the secretary's controllers share: the meeting page's model, and the one way from a form to a command (which
 * asks the published language's {@code CallerAccess} whether the caller may record). Each controller imports it (once
 * is enough; Spring registers it once), so a web slice test that starts only some controllers gets exactly what they
 * need.
 */
@Import({PageForms.class, MeetingPage.class, SecretaryForms.class})
class SecretaryPages {
}

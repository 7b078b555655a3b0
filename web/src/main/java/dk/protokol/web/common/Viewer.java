package dk.protokol.web.common;

import dk.protokol.events.ids.BodyId;

import java.util.List;
import java.util.UUID;

/**
 * Who is looking at a page, as the pages need it: the name the header shows, the person the account acts as, its
 * global roles, and the bodies in which that person is SECRETARY or chairs today. The menu and the front page lead
 * each person to their own work from it; it grants nothing (the pages and {@code @PreAuthorize} decide access).
 * Made by {@link Viewers}, once per request.
 *
 * @param username   the account's username; null when nobody is signed in
 * @param name       what the header calls the viewer: the linked person's name, else the username
 * @param personId   the person the account is linked to; null when it is not
 * @param rolesKnown whether the per-body roles could be read (false when the read side did not answer)
 * @param secretaryOf the bodies the person records for today: SECRETARY of them, or sitting in a body that serves
 *                    them (SERVES), by organisation and name
 * @param chairOf    the bodies the person chairs today, by name
 * @param viceChairOf the bodies where the person is vice-chair today (approves minutes when the chair was absent)
 * @param memberOf   the bodies where the person is a voting member today (approves minutes as chair for the day)
 */
public record Viewer(String username, String name, UUID personId, boolean admin, boolean evaluator,
                     boolean rolesKnown, List<MyBody> secretaryOf, List<MyBody> chairOf, List<MyBody> viceChairOf,
                     List<MyBody> memberOf) {

    /** Nobody signed in: the login page, or a page shown before the login. */
    public static final Viewer SIGNED_OUT = new Viewer(null, null, null, false, false, true, List.of(), List.of());

    public Viewer {
        secretaryOf = List.copyOf(secretaryOf);
        chairOf = List.copyOf(chairOf);
        viceChairOf = viceChairOf == null ? List.of() : List.copyOf(viceChairOf);
        memberOf = memberOf == null ? List.of() : List.copyOf(memberOf);
    }

    /** A viewer without vice-chair or voting memberships (the shape before issue 10). */
    public Viewer(String username, String name, UUID personId, boolean admin, boolean evaluator, boolean rolesKnown,
                  List<MyBody> secretaryOf, List<MyBody> chairOf) {
        this(username, name, personId, admin, evaluator, rolesKnown, secretaryOf, chairOf, List.of(), List.of());
    }

    public boolean signedIn() {
        return username != null;
    }

    /** The account acts as a person (it can own actions, sit in bodies). */
    public boolean linked() {
        return personId != null;
    }

    public boolean isSecretary() {
        return !secretaryOf.isEmpty();
    }

    public boolean isChair() {
        return !chairOf.isEmpty();
    }

    /** The menu's "Sekretær": SECRETARY of a body today, or an administrator. */
    public boolean showsSecretary() {
        return signedIn() && (admin || isSecretary());
    }

    /** The menu's "Formand": chairs a body today, is a vice-chair (approves in the chair's absence), or an administrator. */
    public boolean showsChair() {
        return signedIn() && (admin || isChair() || !viceChairOf.isEmpty());
    }

    /** The menu's "Mine handlinger": the account acts as a person, who may own actions. */
    public boolean showsMyActions() {
        return signedIn() && linked();
    }

    /** The menu's "Evaluering": an evaluator or an administrator. */
    public boolean showsEvaluation() {
        return signedIn() && (evaluator || admin);
    }

    /** A body the viewer holds a role in; {@code organisation} is the partnership (null when it has none). */
    public record MyBody(BodyId id, String name, String organisation) {
    }
}

package dk.protokol.events.caller;

/** What the administrator does with a local account ({@link Accounts#submit}); each names the account by username. */
public sealed interface AccountCommand permits OpenAccount, DisableAccount, ChangeAccountPassword, LinkAccountToPerson {

    String username();
}

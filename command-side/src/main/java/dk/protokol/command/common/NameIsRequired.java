package dk.protokol.command.common;

/** People and bodies are always shown by name; a nameless one could not be told apart in the minutes. */
public record NameIsRequired(String name) implements DomainRule {

    @Override
    public boolean isBroken() {
        return name == null || name.isBlank();
    }

    @Override
    public String message() {
        return "Navnet skal udfyldes.";
    }
}

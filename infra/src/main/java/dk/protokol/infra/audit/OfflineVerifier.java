package dk.protokol.infra.audit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code java -jar protokol.jar verify export.ndjson [--checkpoint FILE]...}: checks an export without a server or a
 * database. Every line is hashed again and must follow the one before; every checkpoint statement given must match
 * the chain at its position. Exit 0 when the export is whole and matches, 1 naming the first bad position otherwise,
 * 2 when the files cannot be read.
 */
public final class OfflineVerifier {

    public static final int WHOLE = 0;
    public static final int BROKEN = 1;
    public static final int UNREADABLE = 2;

    private OfflineVerifier() {
    }

    public static int run(List<String> arguments, PrintStream out, PrintStream err) {
        Path export = null;
        List<Path> statements = new ArrayList<>();
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("--checkpoint") && i + 1 < arguments.size()) {
                statements.add(Path.of(arguments.get(++i)));
            } else if (argument.startsWith("--checkpoint=")) {
                statements.add(Path.of(argument.substring("--checkpoint=".length())));
            } else if (export == null && !argument.startsWith("--")) {
                export = Path.of(argument);
            } else {
                return usage(err, "Ukendt argument: " + argument);
            }
        }
        if (export == null) {
            return usage(err, "Angiv eksportfilen.");
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (Path statement : statements) {
            try {
                checkpoints.add(CheckpointStatement.read(Files.readString(statement, StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                err.println("Kontrolpunktet " + statement.getFileName() + " kan ikke læses: " + e.getMessage());
                return UNREADABLE;
            }
        }
        ChainVerifier verifier = new ChainVerifier(checkpoints);
        long lineNumber = 0;
        try (BufferedReader lines = Files.newBufferedReader(export, StandardCharsets.UTF_8)) {
            String text;
            boolean first = true;
            while ((text = lines.readLine()) != null) {
                lineNumber++;
                if (text.isBlank()) {
                    continue;
                }
                ExportLine line = ExportLine.parse(text);
                if (first) {
                    first = false;
                    if (line.previousPosition() != null) {
                        verifier.startAfter(line.previousPosition(), line.previousHash() == null ? null
                                : ChainHash.fromHex(line.previousHash()));
                        out.println("Eksporten begynder efter position " + line.previousPosition()
                                + " (et udsnit): kæden før den tages for givet.");
                    }
                }
                verifier.accept(line.position(), line.event(), line.link());
            }
        } catch (IOException | RuntimeException e) {
            err.println("Eksporten kan ikke læses" + (lineNumber > 0 ? " (linje " + lineNumber + ")" : "") + ": "
                    + e.getMessage());
            return UNREADABLE;
        }
        ChainVerifier.Result result = verifier.finish();
        if (result.verified()) {
            out.println("OK: " + result.events() + " hændelser, position " + result.firstPosition() + " til "
                    + result.headPosition() + ", kædens hash " + result.head());
            out.println("Kontrolpunkter: " + result.checkpointsMatched() + " af " + result.checkpointsChecked()
                    + " passer.");
            return WHOLE;
        }
        ChainVerifier.Mismatch first = result.firstMismatch();
        out.println("FEJL: første fejl på position " + first.position() + " (" + first.kind() + "): "
                + first.reason());
        out.println(result.mismatches() + " fejl i alt; " + result.events() + " hændelser læst; kontrolpunkter: "
                + result.checkpointsMatched() + " af " + result.checkpointsChecked() + " passer.");
        return BROKEN;
    }

    private static int usage(PrintStream err, String problem) {
        err.println(problem);
        err.println("Brug: java -jar protokol.jar verify <eksport.ndjson> [--checkpoint <kontrolpunkt.txt>]...");
        return UNREADABLE;
    }
}

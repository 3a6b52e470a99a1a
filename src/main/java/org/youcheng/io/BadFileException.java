package org.youcheng.io;

import java.util.List;

/**
 * A file that cannot be read as a tie table at all (wrong encoding, unknown columns, not an xlsx …). The message is
 * English; the code, when there is one, names the sentence of the bundles that says it in the reader's language
 * ({@code error.<code>}, its arguments {@code args}), as a {@link RowProblem}'s.
 */
public class BadFileException extends RuntimeException {

    private final String code;
    private final List<String> args;

    public BadFileException(String message) {
        this(message, (Throwable) null);
    }

    public BadFileException(String message, Throwable cause) {
        super(message, cause);
        this.code = null;
        this.args = List.of();
    }

    /** A bad file whose problem has a sentence in the bundles: {@code error.<code>}, with these arguments. */
    public BadFileException(String code, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.code = code;
        this.args = java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** The file's problem as an import reports it (row 0: the whole file). */
    public RowProblem problem() {
        return new RowProblem(0, null, null, getMessage(), code, args);
    }
}

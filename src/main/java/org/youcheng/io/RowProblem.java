package org.youcheng.io;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import org.youcheng.registry.ResolverNote;

/**
 * A bad row (or a bad file, row 0): where, which column, the value, and why: in English ({@code reason}, for logs,
 * the API and the command line) and as a stable code that each reader's language puts into words ({@code
 * error.<code>} in the message bundles, with the value and then {@code args} as its arguments; see {@link
 * ProblemText}). The code is null where no sentence of the bundles fits; the English then stands alone. A note of the
 * place resolver on a partner name keeps its clauses ({@code note}), each said by the bundles' {@code note.<code>}.
 */
public record RowProblem(
        long row,
        String column,
        String value,
        String reason,
        String code,
        @JsonIgnore List<String> args,
        @JsonIgnore List<ResolverNote> note) {

    public RowProblem {
        args = args == null ? List.of() : List.copyOf(args);
        note = note == null ? List.of() : List.copyOf(note);
    }

    /** A problem with its code and the arguments of its sentence. */
    public RowProblem(long row, String column, String value, String reason, String code, List<String> args) {
        this(row, column, value, reason, code, args, List.of());
    }

    /** A problem without a code of its own. */
    public RowProblem(long row, String column, String value, String reason) {
        this(row, column, value, reason, null, List.of());
    }

    /** A problem with its code and the arguments its sentence takes after the value. */
    static RowProblem coded(long row, String column, String value, String code, String reason, Object... args) {
        return new RowProblem(
                row,
                column,
                value,
                reason,
                code,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    /** The resolver's note on the value, in English as the reason and coded as its clauses. */
    static RowProblem resolverNote(long row, String column, String value, List<ResolverNote> note) {
        return resolverNote(row, column, value, note, ResolverNote.english(note));
    }

    /** The same, with the note's English already said (an import says each note once, however many rows it has). */
    static RowProblem resolverNote(long row, String column, String value, List<ResolverNote> note, String english) {
        return new RowProblem(row, column, value, english, null, List.of(), note);
    }

    /** The same problem with its reason in other words (of another language). */
    RowProblem saying(String words) {
        return new RowProblem(row, column, value, words, code, args, note);
    }

    @Override
    public String toString() {
        return (row == 0 ? "file" : "row " + row) + (column == null ? "" : ", column " + column)
                + (value == null ? "" : ", value '" + value + "'") + ": " + reason;
    }
}

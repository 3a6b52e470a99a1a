package org.youcheng.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.youcheng.common.ClientLanguage;
import org.youcheng.registry.ResolverNote;

/**
 * An import's problems in the reader's language. English is the problems' own ({@link RowProblem#reason()}, what the
 * API and the command line have always said); in Chinese each coded problem is the bundles' sentence {@code
 * error.<code>} (a rule of the trade's warning: {@code warning.<code>}) with the value and the problem's arguments,
 * and one without a sentence keeps its English inside a Chinese frame ({@code imports.reasonInEnglish}). The place
 * resolver's note on a partner name is said clause by clause ({@code note.<code>}, see {@link ResolverNote}).
 */
@Component
public class ProblemText {

    private final MessageSource messages;

    ProblemText(MessageSource messages) {
        this.messages = messages;
    }

    /** Why, in this language. */
    public String reason(RowProblem p, Locale locale) {
        if (!ClientLanguage.chinese(locale)) {
            return p.reason();
        }
        if (!p.note().isEmpty()) {
            return ResolverNote.say(p.note(), (key, args) -> messages.getMessage(key, args, locale));
        }
        String sentence = null;
        if (p.code() != null) {
            List<Object> args = new ArrayList<>(p.args().size() + 1);
            args.add(p.value() == null ? "" : p.value());
            args.addAll(p.args());
            Object[] a = args.toArray();
            sentence = messages.getMessage("error." + p.code(), a, null, locale);
            if (sentence == null) {
                sentence = messages.getMessage("warning." + p.code(), a, null, locale);
            }
        }
        return sentence != null
                ? sentence
                : messages.getMessage(
                        p.row() == 0 ? "imports.fileReasonInEnglish" : "imports.reasonInEnglish",
                        new Object[] {p.reason()},
                        locale);
    }

    /** The report with every listed problem and warning in this language; counts and rows as they were. */
    public ImportReport in(ImportReport r, Locale locale) {
        if (r == null || !ClientLanguage.chinese(locale)) {
            return r;
        }
        return new ImportReport(
                r.file(),
                r.dryRun(),
                r.committed(),
                r.rows(),
                r.added(),
                r.updated(),
                r.unchanged(),
                r.placesCreated(),
                r.errorCount(),
                said(r.errors(), locale),
                r.warningCount(),
                said(r.warnings(), locale),
                r.addedRows(),
                r.updatedRows(),
                r.importId(),
                r.completeList());
    }

    private List<RowProblem> said(List<RowProblem> problems, Locale locale) {
        return problems.stream().map(p -> p.saying(reason(p, locale))).toList();
    }
}

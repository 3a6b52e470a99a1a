package org.youcheng.extract.internal;

import org.youcheng.common.PartialDate;

/** Which of the dates an article writes is the signing date of a tie read in one sentence. */
final class SigningDates {

    private final Sentence s;
    private final Reading r;

    SigningDates(Sentence s) {
        this.s = s;
        this.r = s.r;
    }

    /**
     * The signing date: in brackets after the partner, inside the pair, an anniversary after it, a date before it in
     * the sentence, or one after it in its clause.
     */
    PartialDate signed(Mention f, int pairStart, int pairEnd) {
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= f.end() && d.end() <= pairEnd) {
                return d.date();
            }
        }
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairStart && d.end() <= f.start()) {
                return d.date();
            }
        }
        PartialDate anniversary =
                DateReader.anniversary(s.text, pairEnd, Math.min(s.to, pairEnd + Sentence.AFTER), r.date);
        if (anniversary != null) {
            return anniversary;
        }
        DateReader.Dated before = dateBefore(pairStart);
        if (before != null) {
            return before.date();
        }
        int clause = s.clauseEnd(pairEnd);
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= pairEnd && d.end() <= clause) {
                return d.date();
            }
        }
        return null;
    }

    /** A date written between two positions (a list item's own bracket), or null. */
    PartialDate dateIn(int a, int b) {
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= a && d.end() <= b) {
                return d.date();
            }
        }
        return null;
    }

    /** The nearest date before a pair in its sentence, with no foreign place between them. */
    private DateReader.Dated dateBefore(int pairStart) {
        DateReader.Dated best = null;
        for (DateReader.Dated d : r.dates) {
            if (d.start() >= s.from && d.end() <= pairStart) {
                best = d;
            }
        }
        if (best == null) {
            return null;
        }
        for (Mention m : s.ms) {
            if (m.start() >= best.end() && m.end() <= pairStart && m.foreign()) {
                return null;
            }
        }
        return best;
    }
}

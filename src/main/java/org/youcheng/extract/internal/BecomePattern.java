package org.youcheng.extract.internal;

/**
 * B、C成为A的友城, B是A的友好城市 (…先后成为济南的友城; 科英布拉市成为绍兴第25个国际友好城市), B、C分别为A、D的姊妹市 (the
 * i-th of each list), and the partner before it that such a sentence presupposes (继X市之后,B成为A第2个国际友城).
 */
final class BecomePattern extends ForeignFirstPattern {

    BecomePattern() {
        super("become", "成为A的友城");
    }

    @Override
    void readPair(Sentence s, int a, int after) {
        Mention d = s.m(a + 1);
        int become = d.start() - 2;
        boolean respective = false;
        if (!s.text.startsWith("成为", become)) {
            become = d.start() - 1; // B是A的友好城市
            if (become < 0 || s.text.charAt(become) != '是') {
                become = respectively(s.text, d.start());
                respective = become >= 0; // B、C分别为A、D的姊妹市: the i-th of each list
                if (!respective) {
                    return;
                }
            }
        }
        if (become < after || become - after > 6 || !s.plain(after, become)) {
            return;
        }
        int first = a;
        while (first > 0
                && s.m(first - 1).foreign()
                && s.listed(s.skipBrackets(s.m(first - 1).end()), s.m(first).start())) {
            first--;
        }
        int last = lastOfList(s, a + 1);
        if (respective && last > a + 1) {
            if (last - (a + 1) == a - first) {
                for (int k = first; k <= a; k++) {
                    Mention home = s.m(a + 1 + k - first);
                    s.tie(name(), s.home(home), home, s.m(k), s.m(k).start());
                    s.paired[k] = true;
                }
            }
            return; // lists of two lengths: which ties which is not written
        }
        for (int k = first; k <= a; k++) {
            if (!s.paired[k]) {
                for (int h = a + 1; h <= last; h++) {
                    s.tie(name(), s.home(s.m(h)), s.m(h), s.m(k), s.m(first).start());
                }
                s.paired[k] = true;
            }
        }
        earlier(s, d, first);
    }

    /**
     * B是A及C的姊妹市: the Chinese places listed after the first, each a side of the tie when 的 ends the list; else
     * the first alone.
     */
    private static int lastOfList(Sentence s, int d) {
        int last = d;
        while (last + 1 < s.size()
                && s.m(last + 1).domestic()
                && s.listed(s.m(last).end(), s.m(last + 1).start())) {
            last++;
        }
        return last > d && s.text.startsWith("的", s.m(last).end()) ? last : d;
    }

    private static final String[] RESPECTIVELY = {"分别为", "分别是", "分别成为"};

    /** Where 分别 begins before {@code at} in 分别为, 分别是 or 分别成为; else -1. */
    private static int respectively(String text, int at) {
        for (String w : RESPECTIVELY) {
            if (at >= w.length() && text.startsWith(w, at - w.length())) {
                return at - w.length();
            }
        }
        return -1;
    }

    /** 继X(之)后, …成为A的…: X is an earlier partner of A. */
    private void earlier(Sentence s, Mention d, int first) {
        int j = s.text.lastIndexOf('继', s.m(first).start());
        if (j < s.from) {
            return;
        }
        for (int k = 0; k < first; k++) {
            Mention x = s.m(k);
            if (x.start() > j && x.foreign() && !s.paired[k]) {
                int after = s.skipBrackets(x.end());
                if (s.text.startsWith("后", after) || s.text.startsWith("之后", after)) {
                    s.tie(name(), s.home(d), d, x, x.start());
                    s.paired[k] = true;
                }
            }
        }
    }
}

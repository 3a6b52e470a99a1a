package org.youcheng.registry;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.youcheng.common.CodedTerm;

/** Whether a tie is alive. */
public enum TieStatus implements CodedTerm {
    ACTIVE(List.of("active", "有效", "正常", "存续", "现行")),
    DORMANT(List.of("dormant", "inactive", "休眠", "不活跃", "沉寂")),
    ENDED(List.of("ended", "terminated", "终止", "已终止", "解除", "已解除"));

    private final List<String> words;

    TieStatus(List<String> words) {
        this.words = words;
    }

    public static Optional<TieStatus> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String s = text.strip().toLowerCase(Locale.ROOT);
        for (TieStatus k : values()) {
            if (k.code().equals(s) || k.words.contains(s)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public static String accepted() {
        return "active|dormant|ended, or 有效, 休眠, 已终止";
    }
}

package org.youcheng.ledger;

import static org.youcheng.ledger.ActivityType.AGREEMENT;
import static org.youcheng.ledger.ActivityType.AWARD;
import static org.youcheng.ledger.ActivityType.DELEGATION;
import static org.youcheng.ledger.ActivityType.EVENT;
import static org.youcheng.ledger.ActivityType.PROJECT;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The fields an activity is written with, by the API (its JSON names) and by import files (the same names or the
 * Chinese headers): which types have each field and which types require it. The Chinese side and the foreign
 * side are read by the caller (ids in the API, names in files), not here.
 */
public enum ActivityField {
    TITLE("title", "名称", all(), EnumSet.of(AWARD)),
    STARTED_ON("started_on", "开始日期", all(), EnumSet.of(DELEGATION, EVENT, AGREEMENT, PROJECT)),
    ENDED_ON("ended_on", "结束日期", all(), none()),
    DIRECTION("direction", "方向", EnumSet.of(DELEGATION), EnumSet.of(DELEGATION)),
    LEADER_LEVEL("leader_level", "团长级别", EnumSet.of(DELEGATION), EnumSet.of(DELEGATION)),
    HEAD_COUNT("head_count", "人数", EnumSet.of(DELEGATION), EnumSet.of(DELEGATION)),
    PURPOSE("purpose", "事由", EnumSet.of(DELEGATION), none()),
    EVENT_KIND("event_kind", "活动类别", EnumSet.of(EVENT), EnumSet.of(EVENT)),
    ONLINE("online", "线上", EnumSet.of(EVENT), EnumSet.of(EVENT)),
    VENUE("venue", "举办地", EnumSet.of(EVENT), none()),
    AGREEMENT_TYPE("agreement_type", "协议类型", EnumSet.of(AGREEMENT), EnumSet.of(AGREEMENT)),
    PARTIES("parties", "签约方", EnumSet.of(AGREEMENT), none()),
    DOMAIN("domain", "领域", EnumSet.of(PROJECT), EnumSet.of(PROJECT)),
    STATUS("status", "状态", EnumSet.of(PROJECT), EnumSet.of(PROJECT)),
    OUTCOME("outcome", "成果", EnumSet.of(PROJECT), none()),
    AMOUNT("amount", "金额", EnumSet.of(PROJECT), none()),
    CURRENCY("currency", "币种", EnumSet.of(PROJECT), none()),
    GRANTING_BODY("granting_body", "授予机构", EnumSet.of(AWARD), none()),
    YEAR("year", "年份", EnumSet.of(AWARD), EnumSet.of(AWARD)),
    RECIPIENT_KIND("recipient_kind", "获奖者类型", EnumSet.of(AWARD), EnumSet.of(AWARD)),
    RECIPIENT("recipient", "获奖者", EnumSet.of(AWARD), EnumSet.of(AWARD)),
    SOURCES("sources", "来源", all(), none()),
    NOTE("note", "备注", all(), none());

    private final String code;
    private final String zh;
    private final Set<ActivityType> types;
    private final Set<ActivityType> requiredFor;

    ActivityField(String code, String zh, Set<ActivityType> types, Set<ActivityType> requiredFor) {
        this.code = code;
        this.zh = zh;
        this.types = types;
        this.requiredFor = requiredFor;
    }

    public String code() {
        return code;
    }

    public String zh() {
        return zh;
    }

    public boolean of(ActivityType type) {
        return types.contains(type);
    }

    public boolean requiredFor(ActivityType type) {
        return requiredFor.contains(type);
    }

    /** A field by its code or Chinese header. */
    public static Optional<ActivityField> parse(String header) {
        if (header == null) {
            return Optional.empty();
        }
        // an import reads every field of every row by its name: the exact name is looked up before any cleaning
        ActivityField f = BY_NAME.get(header);
        if (f == null) {
            f = BY_NAME.get(header.strip());
        }
        if (f == null) {
            f = BY_NAME.get(header.strip().toLowerCase(Locale.ROOT));
        }
        return Optional.ofNullable(f);
    }

    /** Each field by its code and by its Chinese name. */
    private static final java.util.Map<String, ActivityField> BY_NAME = new java.util.HashMap<>();

    static {
        for (ActivityField f : values()) {
            BY_NAME.put(f.code, f);
            BY_NAME.put(f.zh, f);
        }
    }

    private static Set<ActivityType> all() {
        return EnumSet.allOf(ActivityType.class);
    }

    private static Set<ActivityType> none() {
        return EnumSet.noneOf(ActivityType.class);
    }
}

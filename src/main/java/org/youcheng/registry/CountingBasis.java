package org.youcheng.registry;

import org.youcheng.common.CodedTerm;

/**
 * Which ties a figure counts. A place's figures count the ties a person stands behind (its records and accepted
 * articles) whenever it has any; only a place with no record of its own is counted from the reference network,
 * and its figures say so. Ties set aside by an official list, ended ties and exchanges within China count nowhere.
 */
public enum CountingBasis implements CodedTerm {
    /** Every tie counted stands on the office's records (or accepted articles). */
    RECORDED("按本单位记录统计", "counted from the office's own records"),
    /** No record of its own: the figures come from the reference network, kind unverified. */
    REFERENCE(
            "尚无本单位记录，数字来自参考数据（维基数据），待核实", "no records of its own: figures from reference data (Wikidata), unverified"),
    /** With counties and districts: some places counted from records, some from the reference network. */
    MIXED(
            "部分下辖单位尚无记录，其数字来自参考数据（维基数据），待核实",
            "some places under it have no records of their own and are counted from reference data (Wikidata)"),
    /** Nothing to count. */
    NONE("暂无结好关系", "no ties");

    private final String zh;
    private final String en;

    CountingBasis(String zh, String en) {
        this.zh = zh;
        this.en = en;
    }

    @Override
    public String zh() {
        return zh;
    }

    @Override
    public String en() {
        return en;
    }

    /** Whether a tie counts for the place that holds it, given whether that place has records of its own. */
    public static boolean counts(Tie t, boolean holderHasRecords) {
        return t.counted() && t.status() != TieStatus.ENDED && (t.authority().vetted() || !holderHasRecords);
    }

    /** The basis of a set of counted ties: how many stood on records and how many on the reference network. */
    public static CountingBasis of(int vetted, int reference) {
        if (vetted == 0 && reference == 0) {
            return NONE;
        }
        if (reference == 0) {
            return RECORDED;
        }
        return vetted == 0 ? REFERENCE : MIXED;
    }
}

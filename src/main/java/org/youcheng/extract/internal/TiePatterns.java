package org.youcheng.extract.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The sentence patterns in the order they read a sentence, and their labels by name for the review page. */
public final class TiePatterns {

    /** Earlier patterns are the more specific: what they pair is not read again. */
    static final List<TiePattern> ALL = List.of(
            new PluralDemonstrativePattern(),
            new PlacesAgainPattern(),
            new AdjacentPattern(),
            new SinceClausePattern(),
            new ListedPairPattern(),
            new AttributivePattern(),
            new ConnectorPattern(),
            new ReversePattern(),
            new UnknownFirstPattern(),
            new BecomePattern(),
            new EarlierPartnersPattern(),
            new ColonListPattern(),
            new RelativeClausePattern(),
            new ElidedSubjectPattern(),
            new ForeignSubjectPattern(),
            new DashPairPattern(),
            new NamedPartnerPattern(),
            new PartnerDelegationPattern(),
            new ForeignOwnerPattern(),
            new PossessivePartnerPattern(),
            new RoleClausePattern(),
            new MutualPattern(),
            new BothSidesPattern(),
            new SidesTablePattern(),
            new ForeignCellRowPattern(),
            new ListRowPattern(),
            new CategoryListPattern(),
            new CueClausePattern());

    private static final Map<String, String> LABELS = new LinkedHashMap<>();

    static {
        for (TiePattern p : ALL) {
            LABELS.put(p.name(), p.label());
        }
        LABELS.put(ConnectorPattern.APPOSITIVE, ConnectorPattern.APPOSITIVE_LABEL);
        LABELS.put("demonstrative", "指代句"); // a pattern until round eleven: candidates queued by it keep their label
    }

    private TiePatterns() {}

    /** "与字句 connector": the Chinese label, then the name; the name alone when unknown; null for none. */
    public static String label(String name) {
        if (name == null) {
            return null;
        }
        String zh = LABELS.get(name);
        return zh == null ? name : zh + " " + name;
    }
}

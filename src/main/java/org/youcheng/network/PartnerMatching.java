package org.youcheng.network;

import java.util.List;
import org.youcheng.common.Term;
import org.youcheng.registry.Place;

/** 寻找友城: the places that best answer a partner-search request, each score broken into named parts. */
public interface PartnerMatching {

    /** A fact a reader should know about a candidate that is not part of its score (a rule of the trade, say). */
    record Note(String zh, String en) implements Term {}

    record Match(int rank, Place candidate, double score, List<ScorePart> parts, List<Note> notes) {}

    /**
     * @param considered candidates that passed the request's criteria, before the cut to {@code limit}
     * @param caveats    what was left out and why
     */
    record Result(Place requester, PartnerRequest request, int considered, List<Match> matches, List<Note> caveats) {}

    Result candidates(PartnerRequest request, int limit);
}

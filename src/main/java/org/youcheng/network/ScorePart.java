package org.youcheng.network;

import org.youcheng.common.Term;

/**
 * One named part of a suggestion's score and the reason for it, in Chinese and English, stating the facts it
 * rests on (distances, counts, names) so that a reader can check them against the registry.
 *
 * @param name   the part: proximity, activity, peers, profile, china
 * @param points what the candidate earned, 0..max
 */
public record ScorePart(String name, double points, double max, String zh, String en) implements Term {

    public ScorePart {
        if (points < 0 || points > max + 1e-9) {
            throw new IllegalArgumentException(name + ": points " + points + " outside 0.." + max);
        }
        points = Math.round(points * 10) / 10.0;
    }
}

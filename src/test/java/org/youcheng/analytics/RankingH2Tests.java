package org.youcheng.analytics;

import org.youcheng.support.OnH2;

@OnH2
class RankingH2Tests extends RankingTests {}

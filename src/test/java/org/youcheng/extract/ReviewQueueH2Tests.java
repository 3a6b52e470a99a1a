package org.youcheng.extract;

import org.youcheng.support.OnH2;

@OnH2
class ReviewQueueH2Tests extends ReviewQueueTests {}

package org.youcheng.extract;

import org.youcheng.support.OnPostgres;

@OnPostgres
class ReviewQueuePostgresTests extends ReviewQueueTests {}

package org.youcheng.api;

import org.youcheng.support.OnPostgres;

@OnPostgres
class GraphApiPostgresTests extends GraphApiTests {}

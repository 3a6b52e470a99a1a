package org.youcheng.web.graph;

import org.youcheng.support.OnPostgres;

@OnPostgres
class GraphPagesPostgresTests extends GraphPagesTests {}

package org.youcheng.web.graph;

import org.youcheng.support.OnH2;

@OnH2
class GraphPagesH2Tests extends GraphPagesTests {}

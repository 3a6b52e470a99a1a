package org.youcheng.network;

import org.youcheng.support.OnH2;

@OnH2
class GraphBusyH2Tests extends GraphBusyTests {}

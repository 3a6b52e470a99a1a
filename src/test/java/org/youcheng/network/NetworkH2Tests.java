package org.youcheng.network;

import org.youcheng.support.OnH2;

@OnH2
class NetworkH2Tests extends NetworkTests {}

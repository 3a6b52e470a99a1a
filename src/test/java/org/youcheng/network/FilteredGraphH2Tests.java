package org.youcheng.network;

import org.youcheng.support.OnH2;

@OnH2
class FilteredGraphH2Tests extends FilteredGraphTests {}

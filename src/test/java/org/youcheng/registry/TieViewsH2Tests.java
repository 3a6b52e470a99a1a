package org.youcheng.registry;

import org.youcheng.support.OnH2;

@OnH2
class TieViewsH2Tests extends TieViewsTests {}

package org.youcheng.io;

import org.youcheng.support.OnH2;

@OnH2
class CompleteListH2Tests extends CompleteListTests {}

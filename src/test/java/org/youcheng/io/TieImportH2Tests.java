package org.youcheng.io;

import org.youcheng.support.OnH2;

@OnH2
class TieImportH2Tests extends TieImportTests {}

package org.youcheng.api;

import org.youcheng.support.OnH2;

@OnH2
class ImportApiH2Tests extends ImportApiTests {}

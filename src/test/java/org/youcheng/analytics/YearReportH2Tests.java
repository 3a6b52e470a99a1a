package org.youcheng.analytics;

import org.youcheng.support.OnH2;

@OnH2
class YearReportH2Tests extends YearReportTests {}

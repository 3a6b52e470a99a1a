package org.youcheng.analytics;

import org.youcheng.support.OnPostgres;

@OnPostgres
class YearReportPostgresTests extends YearReportTests {}

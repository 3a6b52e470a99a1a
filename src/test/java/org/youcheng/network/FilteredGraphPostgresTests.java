package org.youcheng.network;

import org.youcheng.support.OnPostgres;

@OnPostgres
class FilteredGraphPostgresTests extends FilteredGraphTests {}

package org.youcheng.registry;

import org.youcheng.support.OnPostgres;

@OnPostgres
class TieViewsPostgresTests extends TieViewsTests {}

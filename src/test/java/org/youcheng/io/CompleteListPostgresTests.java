package org.youcheng.io;

import org.youcheng.support.OnPostgres;

@OnPostgres
class CompleteListPostgresTests extends CompleteListTests {}

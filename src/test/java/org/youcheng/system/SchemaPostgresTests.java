package org.youcheng.system;

import org.youcheng.support.OnPostgres;

@OnPostgres
class SchemaPostgresTests extends SchemaTests {}

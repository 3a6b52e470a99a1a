package org.youcheng.security;

import org.youcheng.support.OnPostgres;

@OnPostgres
class AttackPostgresTests extends AttackTests {}

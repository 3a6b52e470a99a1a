package org.youcheng.ledger;

import org.youcheng.support.OnPostgres;

@OnPostgres
class LedgerPostgresTests extends LedgerTests {}

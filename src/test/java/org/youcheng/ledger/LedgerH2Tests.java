package org.youcheng.ledger;

import org.youcheng.support.OnH2;

@OnH2
class LedgerH2Tests extends LedgerTests {}

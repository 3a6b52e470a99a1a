package org.youcheng.io;

import org.youcheng.support.OnPostgres;

@OnPostgres
class TieImportPostgresTests extends TieImportTests {
}

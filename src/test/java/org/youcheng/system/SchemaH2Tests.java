package org.youcheng.system;

import org.youcheng.support.OnH2;

@OnH2
class SchemaH2Tests extends SchemaTests {}

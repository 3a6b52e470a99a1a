package org.youcheng.security;

import org.youcheng.support.OnH2;

@OnH2
class SecurityH2Tests extends SecurityTests {}

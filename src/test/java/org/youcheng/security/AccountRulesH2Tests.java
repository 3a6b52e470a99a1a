package org.youcheng.security;

import org.youcheng.support.OnH2;

@OnH2
class AccountRulesH2Tests extends AccountRulesTests {}

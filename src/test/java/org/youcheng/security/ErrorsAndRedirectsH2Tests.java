package org.youcheng.security;

import org.youcheng.support.OnH2;

@OnH2
class ErrorsAndRedirectsH2Tests extends ErrorsAndRedirectsTests {}

package org.youcheng.security;

import org.youcheng.support.OnH2;

@OnH2
class AuthorisationMatrixH2Tests extends AuthorisationMatrixTests {}

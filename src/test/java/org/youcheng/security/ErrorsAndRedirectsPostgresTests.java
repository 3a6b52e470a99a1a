package org.youcheng.security;

import org.youcheng.support.OnPostgres;

@OnPostgres
class ErrorsAndRedirectsPostgresTests extends ErrorsAndRedirectsTests {}

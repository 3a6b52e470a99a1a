package org.youcheng.web;

import org.youcheng.support.OnPostgres;

@OnPostgres
class PagesPostgresTests extends PagesTests {}

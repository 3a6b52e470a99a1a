package org.youcheng.web;

import org.youcheng.support.OnH2;

@OnH2
class PagesH2Tests extends PagesTests {}

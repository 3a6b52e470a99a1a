package org.youcheng.web;

import org.youcheng.support.OnH2;

@OnH2
class RegistryPagesH2Tests extends RegistryPagesTests {
}

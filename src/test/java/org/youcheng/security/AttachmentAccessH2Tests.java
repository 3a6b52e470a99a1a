package org.youcheng.security;

import org.youcheng.support.OnH2;

@OnH2
class AttachmentAccessH2Tests extends AttachmentAccessTests {}

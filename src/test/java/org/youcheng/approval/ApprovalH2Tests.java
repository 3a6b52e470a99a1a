package org.youcheng.approval;

import org.youcheng.support.OnH2;

@OnH2
class ApprovalH2Tests extends ApprovalTests {}

package org.youcheng.approval;

import org.youcheng.support.OnPostgres;

@OnPostgres
class ApprovalPostgresTests extends ApprovalTests {}

package org.youcheng.analytics;

import org.youcheng.support.OnH2;

@OnH2
class FriendshipProfileH2Tests extends FriendshipProfileTests {}

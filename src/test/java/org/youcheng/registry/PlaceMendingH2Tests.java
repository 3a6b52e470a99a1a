package org.youcheng.registry;

import org.youcheng.support.OnH2;

@OnH2
class PlaceMendingH2Tests extends PlaceMendingTests {}

package org.youcheng.registry;

import org.youcheng.support.OnH2;

@OnH2
class PlaceSearchH2Tests extends PlaceSearchTests {}

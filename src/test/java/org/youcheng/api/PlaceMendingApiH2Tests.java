package org.youcheng.api;

import org.youcheng.support.OnH2;

@OnH2
class PlaceMendingApiH2Tests extends PlaceMendingApiTests {}

package org.youcheng.api;

import org.youcheng.support.OnH2;

@OnH2
class PlaceApiH2Tests extends PlaceApiTests {}

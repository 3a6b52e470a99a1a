package org.youcheng.api;

import org.youcheng.support.OnPostgres;

@OnPostgres
class PlaceApiPostgresTests extends PlaceApiTests {}

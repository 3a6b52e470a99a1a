package org.youcheng.registry;

import org.youcheng.support.OnPostgres;

@OnPostgres
class PlaceMendingPostgresTests extends PlaceMendingTests {}

package org.youcheng.web;

/** A place as a link: its id and the name to show in the page's language. */
public record PlaceLink(long id, String name) {}

package org.youcheng.registry;

/** A rule of the trade that a tie bends: reported on every write, never silently accepted, never blocking. */
public record Warning(String code, String message) {}

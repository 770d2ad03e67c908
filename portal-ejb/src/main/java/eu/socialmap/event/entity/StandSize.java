package eu.socialmap.event.entity;

/** The room an exhibitor asks for at the associations fair: a table's width, two, or a corner. */
public enum StandSize { SMALL, MEDIUM, LARGE }

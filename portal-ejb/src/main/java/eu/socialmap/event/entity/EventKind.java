package eu.socialmap.event.entity;

/** What kind of event it is: the agenda filters on it and the indicators count by it. */
public enum EventKind {
    FORUM, COLLOQUIUM, FAIR, LUNCH, ASSEMBLY, OTHER
}

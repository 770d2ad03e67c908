package eu.socialmap.indicator.entity;

/** What a computed indicator counts in the portal's own data. */
public enum Measure {
    /** Immersions agreed whose last day has come, in the period of their first day (as the immersion figures). */
    IMMERSIONS_DONE(false),
    /** Distinct professionals with an immersion done (as the immersion figures' "professionals"). */
    PROFESSIONALS_IN_IMMERSION(false),
    /** Active services of accepted organisations (the social map), at the end of the period. */
    SERVICES_IN_NETWORK(true),
    /** Organisations that signed the charter in force, at the end of the period. */
    MEMBER_ORGANISATIONS(true),
    /** People checked in at the events of the period (optionally of one participant type). */
    EVENT_PARTICIPANTS(false),
    /** Working-group meetings held (started, not cancelled) in the period. */
    GROUP_MEETINGS_HELD(false);

    private final boolean stock;

    Measure(boolean stock) {
        this.stock = stock;
    }

    /** A stock counts what exists at a date; a flow what happened in the period. */
    public boolean isStock() {
        return stock;
    }
}

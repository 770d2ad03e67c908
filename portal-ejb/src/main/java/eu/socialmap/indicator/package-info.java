/**
 * Indicators for the network's funders: targets the coordinator defines (name, unit, target, period, territory),
 * each fed by the portal's own data ({@link eu.socialmap.indicator.entity.Measure}: immersions, services, members,
 * event participants, meetings) or by values partners enter with their evidence; dashboards over time and by
 * territory, side of the border and partner; the funder's report as PDF and XLSX; the public figures of the home page.
 *
 * <p>Every figure is a sum of "facts" (a date, a partner, a side of the border, a territory, a value), so a total, its
 * series over time and each breakdown are sums of the same facts and always add up. Stocks (services, members) count
 * what exists at a date, dated by its start (creation, first charter signature: what was withdrawn since is not
 * counted back in time); flows (immersions, participants, meetings, entered values) count what happened in the
 * period. Dates of timestamps are UTC days.
 */
package eu.socialmap.indicator;

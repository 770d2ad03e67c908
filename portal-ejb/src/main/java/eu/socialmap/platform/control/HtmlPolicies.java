package eu.socialmap.platform.control;

import org.owasp.html.HtmlPolicyBuilder;

import java.util.regex.Pattern;

/**
 * The common ground of every HTML a member writes and pages show unescaped (minutes, practice sheets): paragraphs,
 * line breaks, emphasis, lists, quotes and http(s)/mailto links; each caller adds the headings its page allows. The
 * OWASP sanitiser rebuilds the HTML from what the policy allows instead of looking for what seems dangerous, so a
 * trick nobody thought of yet is dropped too.
 */
public final class HtmlPolicies {

    /**
     * Links leave the portal or write a mail, nothing else: no javascript: or data: (the sanitiser's protocol list
     * already says so) and no relative or protocol-relative addresses either, which that list lets through and
     * which would make a member's click a request to the portal itself.
     */
    private static final Pattern WEB_OR_MAIL = Pattern.compile("(?i)\\s*(?:https?://|mailto:)\\S+\\s*");

    private HtmlPolicies() {
    }

    /** A new builder allowing the common text elements and outgoing links; headings are the caller's choice. */
    public static HtmlPolicyBuilder memberText() {
        return new HtmlPolicyBuilder()
                .allowElements("p", "br", "strong", "b", "em", "i", "u", "s", "ul", "ol", "li", "blockquote", "a")
                .allowElements((name, attributes) -> "s", "strike")
                .allowUrlProtocols("http", "https", "mailto")
                .allowAttributes("href").matching(WEB_OR_MAIL).onElements("a")
                // the author's links are not the network's recommendations, and the opened page gets no handle on ours
                .requireRelsOnLinks("nofollow", "noopener", "noreferrer");
    }
}

package org.filmlens.ingest;

import java.util.Set;

/**
 * Account, e-mail and newsletter prompts and status messages ("Please verify your email address", "subscribe to
 * our newsletter ... click the button below"): sentences addressed to the site's user, told by the vocabulary of
 * accounts and messaging. Two such words in a short line, or one in a very short line, make a prompt; so does a
 * cookie banner ("This site uses cookies. Learn more. Got it!"): cookies and what a banner asks of them.
 */
final class AccountPromptRule implements LineRule {
    static final Set<String> PROMPT_WORDS = Set.of(
            "email", "e", "mail", "verify", "subscription", "confirm", "account", "saved", "sent", "subscribe", "subscribed", "newsletter",
            "inbox", "click", "button", "login", "password", "notifications", "notification", "unsubscribe",
            "followed", "topics", "bookmark", "bookmarked", "signup", "username", "premium", "paywall", "cookies",
            "consent", "settings", "browser", "javascript");

    /** Words a cookie banner says beside "cookies"; "She bakes cookies for him" has none of them. */
    private static final Set<String> COOKIE_BANNER_WORDS = Set.of("accept", "agree", "use", "uses", "consent",
            "policy", "settings", "learn", "got", "ok", "okay", "preferences", "necessary", "analytics", "allow");
    static final int MAX_WORDS = 40;
    static final int VERY_SHORT = 5;

    @Override
    public String name() {
        return "account-prompt";
    }

    @Override
    public boolean isDebris(Line line, DumpStats stats) {
        int words = line.words();
        if (words > MAX_WORDS || stats.isTurn(line)) {
            return false;
        }
        int hits = 0;
        boolean cookies = false;
        boolean banner = false;
        Tokens tokens = line.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (PROMPT_WORDS.contains(t)) {
                hits++;
            }
            cookies |= t.equals("cookie") || t.equals("cookies");
            banner |= COOKIE_BANNER_WORDS.contains(t);
        }
        return hits >= 2 || (hits == 1 && words <= VERY_SHORT) || cookies && banner;
    }
}

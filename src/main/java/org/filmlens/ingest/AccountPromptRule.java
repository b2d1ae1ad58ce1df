package org.filmlens.ingest;

import java.util.Set;

/**
 * Account, e-mail and newsletter prompts and status messages ("Please verify your email address", "subscribe to
 * our newsletter ... click the button below"): sentences addressed to the site's user, told by the vocabulary of
 * accounts and messaging. Two such words in a short line, or one in a very short line, make a prompt.
 */
final class AccountPromptRule implements LineRule {
    static final Set<String> PROMPT_WORDS = Set.of(
            "email", "e", "mail", "verify", "subscription", "confirm", "account", "saved", "sent", "subscribe", "subscribed", "newsletter",
            "inbox", "click", "button", "login", "password", "notifications", "notification", "unsubscribe",
            "followed", "topics", "bookmark", "bookmarked", "signup", "username", "premium", "paywall", "cookies",
            "consent", "settings", "browser", "javascript");

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
        Tokens tokens = line.tokens();
        for (int k = 0; k < tokens.size(); k++) {
            if (PROMPT_WORDS.contains(tokens.get(k))) {
                hits++;
            }
        }
        return hits >= 2 || (hits == 1 && words <= VERY_SHORT);
    }
}

package org.filmlens.corpus;

import java.util.List;

/**
 * A character of the film (named so as not to clash with {@link java.lang.Character}).
 *
 * @param actor    who plays or voices the character, or null when no source says
 * @param aliases  other names the sources use for the character (full name, nickname, "the OS")
 * @param quoteIds the quotes the character speaks
 */
public record FilmCharacter(String name, String actor, List<String> aliases, List<Mention> mentions,
                            List<String> quoteIds) {}

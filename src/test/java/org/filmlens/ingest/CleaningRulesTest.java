package org.filmlens.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each cleaning rule on small invented dumps: what it removes and what it must leave alone. */
class CleaningRulesTest {
    /** Forty lines of prose about an invented film, so that the dump has a vocabulary. */
    static List<String> prose() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add("In scene " + i + " of The Quiet Harbour, Oskar Lind rows out to the wreck while Ilse Marr waits"
                    + " on the pier and the harbour fog rolls over the boats.");
        }
        return out;
    }

    static List<Line> lines(List<String> raw) {
        List<Line> out = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            out.add(Line.parse(i, raw.get(i)));
        }
        return out;
    }

    static DumpStats stats(List<String> extra) {
        List<String> all = new ArrayList<>(prose());
        all.addAll(extra);
        return new DumpStats(lines(all), "The Quiet Harbour");
    }

    static boolean debris(LineRule rule, String text, List<String> context) {
        return rule.isDebris(Line.parse(0, text), stats(context));
    }

    @Test
    void repeatedShortLinesButNotRepeatedDialogue() {
        List<String> ctx = List.of("Link copied to clipboard", "Link copied to clipboard", "  • Oskar : Yes.",
                "  • Ilse : Yes.", "  • Oskar : Yes.", "  • Oskar : No.");
        assertTrue(debris(new RepeatedLineRule(), "Link copied to clipboard", ctx));
        assertFalse(debris(new RepeatedLineRule(), "  • Oskar : Yes.", ctx));
        assertFalse(debris(new RepeatedLineRule(), "Oskar rows out to the wreck.", ctx));
    }

    @Test
    void aFilmsCreditsAndLinesTwoPagesPrintAlikeAreNoChrome() {
        List<String> ctx = List.of("  • Imogen Sato as Nora Vale", "  • Imogen Sato as Nora Vale",
                "Lena Hask: You were never my crew, Willem. You were my exit.",
                "Lena Hask: You were never my crew, Willem. You were my exit.",
                "\u201cEvery lock is just a question.\u201d \u2014 Dutch", "\u201cEvery lock is just a question.\u201d \u2014 Dutch");
        assertFalse(debris(new RepeatedLineRule(), "  • Imogen Sato as Nora Vale", ctx), "a cast list on two wikis");
        assertFalse(debris(new RepeatedLineRule(), "Lena Hask: You were never my crew, Willem. You were my exit.",
                ctx), "a labelled line on two quotes pages");
        assertFalse(debris(new RepeatedLineRule(), "\u201cEvery lock is just a question.\u201d \u2014 Dutch", ctx),
                "a credited line on two listicles");
    }

    /** "Advertisement" and "Scroll to continue with content" between two sections of one article split nothing. */
    @Test
    void anAdvertisementsBreakInsideAnArticleIsNoPageBreak() {
        List<String> page = new ArrayList<>(List.of("Reel Harbour", "",
                "The Quiet Harbour Ending Explained: Why Oskar Rows Out", "", "By Jane Roe", ""));
        page.addAll(prose().subList(0, 6));
        page.addAll(List.of("", "Advertisement", "", "Scroll to continue with content", "",
                "What Happens At The End Of The Quiet Harbour", "", "Oskar rows out, and the fog closes in.", ""));
        page.addAll(prose().subList(6, 12));
        List<Page> pages = DumpReader.read(String.join("\n", page), "The Quiet Harbour").pages();
        assertEquals(1, pages.size(), pages.stream().map(p -> p.title).toList().toString());
        assertTrue(pages.get(0).body.stream().anyMatch(l -> l.text().startsWith("What Happens At The End")));
    }

    /** A wiki's contents box is furniture: neither the page's title nor a break between pages. */
    @Test
    void aWikisContentsBoxIsFurniture() {
        List<String> dump = new ArrayList<>(List.of("Wikiquote", "", "The Quiet Harbour - Wikiquote", "",
                "From Wikiquote", "",
                "The Quiet Harbour is a 2019 film about a harbour town and the wreck that divides it.", "",
                "Contents", "", "hide", "", "1 Oskar Lind", "", "2 Ilse Marr", "", "3 Dialogue", "", "4 Cast", "",
                "Oskar Lind", ""));
        dump.addAll(prose().subList(8, 12));
        dump.addAll(List.of("", "Ilse Marr", ""));
        dump.addAll(prose().subList(12, 16));
        dump.addAll(List.of("", "Dialogue", ""));
        dump.addAll(prose().subList(16, 20));
        List<Page> pages = DumpReader.read(String.join("\n", dump), "The Quiet Harbour").pages();
        assertEquals(List.of("The Quiet Harbour - Wikiquote"), pages.stream().map(p -> p.title).toList());
        List<String> wiki = pages.get(0).body.stream().map(Line::text).toList();
        assertTrue(wiki.containsAll(prose().subList(8, 20)), "every section on the one page: " + wiki);
        assertFalse(wiki.contains("1 Oskar Lind") || wiki.contains("Contents"), wiki.toString());
        List<String> recipe = new ArrayList<>(List.of("The Keeper's Soup", "1 cup of sea salt",
                "2 cups of harbour water", "3 drops of lamp oil", "Harbour Water"));
        recipe.addAll(prose().subList(0, 6));
        List<Line> recipeLines = lines(recipe);
        Verdicts v = new Verdicts(recipeLines.size());
        new ContentsBoxRule().apply(recipeLines, v, new DumpStats(recipeLines, "The Quiet Harbour"));
        assertFalse(v.isDebris(1) || v.isDebris(2) || v.isDebris(3),
                "a numbered list whose items head no section below is the page's own");
    }

    /** A listed page's title as the browser shows it ("X - Wikipedia") opens it; the infobox's "X" below does not. */
    @Test
    void aListedTitleWithItsSiteOpensThePageAndItsRepeatBelowDoesNot() {
        List<Line> wiki = lines(List.of("Wikipedia", "The Quiet Harbour - Wikipedia",
                "This article is about the 2019 film.", "The Quiet Harbour", "Directed by Ada Voss"));
        List<ListingEntry> listed = List.of(new ListingEntry("The Quiet Harbour", "Wikipedia", null,
                "The Quiet Harbour is a 2019 film about a harbour town."));
        assertEquals(List.of(1), ListingMatcher.titleLines(wiki, listed));
    }

    /** "About Wikipedia" under a page headed "Wikipedia" is its footer; "About Schmidt" names no site of the dump. */
    @Test
    void aSitesLinksToItselfAreItsFooter() {
        List<Line> page = lines(List.of("Wikipedia", "The Quiet Harbour - Wikipedia",
                "The Quiet Harbour is a 2019 film about a harbour town and the wreck that divides it.", "Ilse Marr",
                "About Schmidt", "About Ilse Marr", "About Wikipedia", "Contact Wikipedia"));
        Verdicts v = new Verdicts(page.size());
        new SiteFooterRule().apply(page, v, new DumpStats(page, "The Quiet Harbour"));
        assertFalse(v.isDebris(4), "a film's title");
        assertFalse(v.isDebris(5), "a section on a character named above");
        assertTrue(v.isDebris(6) && v.isDebris(7), "the site's own links");
    }

    @Test
    void aSitesCopyrightLineIsItsFooter() {
        assertTrue(debris(new UiChromeRule(), "\u00a9 2020 Reel Harbour Media. All rights reserved.", List.of()));
        assertTrue(debris(new UiChromeRule(), "Copyright 2019 Night Screen Ltd", List.of()));
        assertTrue(debris(new UiChromeRule(), "Photo by Ada Lowe for Reel Harbour, All Rights Reserved", List.of()));
        assertFalse(debris(new UiChromeRule(), "Oskar reserves the right to row out alone.", List.of()));
    }

    @Test
    void votesBreadcrumbsToTheTitleAndDottedMenusAreChrome() {
        for (String chrome : List.of("Share \u00b7 412 votes", "Home \u203a Movies \u203a 2019 \u203a The Quiet Harbour",
                "1,204 likes", "3.2k views", "12. https://en.example.org/wiki/The_Quiet_Harbour#Plot")) {
            assertTrue(debris(new UiChromeRule(), chrome, List.of()), chrome);
        }
        for (String text : List.of("Ada Lowe \u00b7 Tom Byrne \u00b7 Kit Harlan", "Oskar \u00b7 Ilse \u00b7 Marr",
                "He likes her.", "Views On The Ending", "The Vote")) {
            assertFalse(debris(new UiChromeRule(), text, List.of()), text);
        }
        String review = "oskar rows out to the wreck and ilse waits, and i have not been the same since. the fog "
                + "sequence is the best thing i have seen this year.";
        assertFalse(debris(new LowercasedRunOnRule(), review, List.of()), "a review written in lower case");
    }

    @Test
    void aQuestionHeadingTwoExplainersShareIsNoChrome() {
        List<String> ctx = List.of("Does Mara Keep The Light?", "Yes, and the film wants us to know it.",
                "Does Mara Keep The Light?", "Probably not.", "Was This Answer Helpful?", "Yes No",
                "Was This Answer Helpful?", "Read more.");
        assertFalse(debris(new RepeatedLineRule(), "Does Mara Keep The Light?", ctx));
        assertTrue(debris(new RepeatedLineRule(), "Was This Answer Helpful?", ctx), "a poll over its buttons");
        List<String> boilerplate = List.of("Did You Like The Ending?", "Tell us in the comments below.",
                "Did You Like The Ending?", "Tell us in the comments below.");
        assertTrue(debris(new RepeatedLineRule(), "Did You Like The Ending?", boilerplate),
                "a site's question over the same sentence on every page");
    }

    @Test
    void uiChromeByVocabularyLeadInOrCapsLabel() {
        UiChromeRule r = new UiChromeRule();
        for (String ui : List.of("Text to speech", "More Stories", "About the Author", "Recommended Reading",
                "More from Jane Roe and The Film Desk", "RELATED: Ten Films About Fog", "Share", "READ MORE:",
                "WATCH: the trailer",
                "MORE: Why The Fog Lifts At The End.",
                "Copyright 2014 Harbour Films. All rights reserved.", "Privacy Policy | Terms of Use | Advertise")) {
            assertTrue(debris(r, ui, List.of()), ui);
        }
        for (String wikiFooter : List.of("Categories: 2019 films | Films set on islands | Lighthouses in fiction | "
                + "Films about sisters | Scottish drama films", "This page was last edited on 2 May 2023, at 17:40 (UTC).",
                "From Wikipedia, the free encyclopedia")) {
            assertTrue(debris(r, wikiFooter, List.of()), wikiFooter);
        }
        for (String editorial : List.of("UPDATE: The film is now streaming on Netflix.",
                "SPOILER ALERT: This post discusses the ending.", "EDITOR'S NOTE: This review first ran in 2019.")) {
            assertTrue(debris(r, editorial, List.of()), editorial);
        }
        for (String content : List.of("What The Fog Means", "Oskar Lind rows out to the wreck.",
                "How Ilse Loved Other People", "  • HARBOURMASTER: Nobody rows out in this fog, Oskar.",
                "BRANDT: Is that the wreck?")) {
            assertFalse(debris(r, content, List.of()), content);
        }
    }

    @Test
    void accountPrompts() {
        AccountPromptRule r = new AccountPromptRule();
        assertTrue(debris(r, "Check your inbox to confirm your subscription.", List.of()));
        assertTrue(debris(r, "Email is sent", List.of()));
        assertTrue(debris(r, "Everything we publish is free; sign up to the newsletter with the button below.",
                List.of()));
        assertFalse(debris(r, "Oskar writes an email to Ilse that he never sends to the harbour office.", List.of()));
    }

    @Test
    void teaserSnippetsEndInDoubledPunctuation() {
        TeaserSnippetRule r = new TeaserSnippetRule();
        assertTrue(debris(r, "Culture, all in one feed..", List.of()));
        assertTrue(debris(r, "Latest industry survey:.", List.of()));
        assertTrue(debris(r, "a good beginning makes a photoplay nearly as salable as a good\u2026.", List.of()));
        assertTrue(debris(r, "Forty openings from produced scripts., daily dialogue", List.of()));
        assertFalse(debris(r, "I don't know...", List.of()));
        assertFalse(debris(r, "Ilse waits on the pier.", List.of()));
        assertFalse(debris(r, "Small things, e.g., a letter or a song, carry the film, i.e., its heart.", List.of()),
                "an abbreviation's dot before a comma is no joint");
        assertFalse(debris(r, "Letters, songs, photographs, etc., all return in the last act.", List.of()));
        assertFalse(debris(r, "It opened in the U.S., then in Japan, directed by Dr. Ilse K., a friend.", List.of()));
    }

    @Test
    void aLongProseLineSurvivesOneStrayJoint() {
        StringBuilder essay = new StringBuilder();
        for (int i = 0; i < 300; i++) { // ~3,600 words in one line, as a scraped essay often is
            essay.append("In part ").append(i).append(" Oskar Lind rows out to the wreck while Ilse waits. ");
            if (i == 150) {
                essay.append("The fog returns., and the harbour sleeps. ");
            }
        }
        TeaserSnippetRule r = new TeaserSnippetRule();
        assertTrue(TeaserSnippetRule.hasGluedJoint(essay.toString()), "the line does hold a real joint");
        assertFalse(debris(r, essay.toString().strip(), List.of()), "one typo must not discard a whole essay");
        assertTrue(debris(r, "The fog returns., and the harbour sleeps while Oskar rows", List.of()),
                "the same joint on a short line is still a glued teaser");
    }

    @Test
    void lowercasedRunOnHeadlineLists() {
        LowercasedRunOnRule r = new LowercasedRunOnRule();
        assertTrue(debris(r, "The velvet orchard announce spring tour, share new single paper boats, drummer of the"
                + " haddocks leaves band after twelve years.", List.of()));
        assertFalse(debris(r, "The fog rolls in, and Oskar Lind rows out to the wreck while the harbour sleeps.",
                List.of()));
        assertFalse(debris(r, "  \u2022 the harbour fog, the boats and the pier frame the scene as a story of"
                + " waiting, not of leaving.", List.of()), "an author's bullet is never a glued list");
    }

    @Test
    void countersAndBareTitles() {
        assertTrue(debris(new CounterLineRule(), "12", List.of()));
        assertFalse(debris(new CounterLineRule(), "Oskar : 12.", List.of()));
        BareTitleRule bare = new BareTitleRule("The Quiet Harbour");
        assertTrue(debris(bare, "The Quiet Harbour", List.of()));
        assertFalse(debris(bare, "Ilse Marr in The Quiet Harbour (2021)", List.of()));
    }

    @Test
    void unrelatedHeadlinesAndCaptions() {
        UnrelatedHeadlineRule h = new UnrelatedHeadlineRule();
        assertTrue(debris(h, "Why Every Streaming Service Looks the Same Now", List.of()));
        assertFalse(debris(h, "What The Harbour Fog Means For Oskar", List.of()));
        UnrelatedCaptionRule c = new UnrelatedCaptionRule();
        assertTrue(debris(c, "A man in a yellow raincoat walking a dog along a promenade", List.of()));
        assertTrue(debris(c, "Why does my sourdough starter smell like nail polish remover?", List.of()));
        assertFalse(debris(c, "Oskar Lind and Ilse Marr on the pier in the fog", List.of()));
        assertFalse(debris(c, "Here is the scene as scripted:", List.of()));
    }

    @Test
    void stopwordDensity() {
        StopwordDensityRule r = new StopwordDensityRule();
        assertTrue(debris(r, "cheap flights hotels deals rentals insurance cruises packages offers coupons", List.of()));
        assertFalse(debris(r, "Oskar rows out to the wreck while Ilse waits on the pier for him.", List.of()));
    }

    @Test
    void qaChrome() {
        QaChromeRule r = new QaChromeRule();
        for (String qa : List.of("asked Mar 3, 2021 at 22:14", "Viewed 6k times", "2 Answers", "Improve this question",
                "Your Answer", "ending the-quiet-harbour")) {
            assertTrue(debris(r, qa, List.of()), qa);
        }
        assertFalse(debris(r, "Why did Oskar row out?", List.of()));
    }

    private static Verdicts apply(ContextRule rule, List<String> raw, boolean[] debris) {
        List<String> all = new ArrayList<>(prose());
        all.addAll(raw);
        List<Line> ls = lines(all);
        Verdicts v = new Verdicts(ls.size());
        for (int i = 0; i < debris.length; i++) {
            if (debris[i]) {
                v.markDebris(40 + i, "given");
            }
        }
        rule.apply(ls, v, new DumpStats(ls, "The Quiet Harbour"));
        return v;
    }

    @Test
    void linkListsButNotAuthorsLists() {
        Verdicts v = apply(new LinkListRule(), List.of("  \u2022 Artist Spotlight", "  \u2022 Best New Music",
                "  \u2022 Sustainable Fashion", "Ilse waits on the pier while Oskar rows out to the wreck in fog.",
                "  \u2022 Oskar rows out to the wreck.", "  \u2022 Ilse waits on the pier.",
                "Oskar rows back.", "  \u2022 Movies & TV"), new boolean[0]);
        assertTrue(v.isDebris(40) && v.isDebris(41) && v.isDebris(42));
        assertFalse(v.isDebris(44) || v.isDebris(45));
        assertTrue(v.isDebris(47), "a lone category tag");
    }

    /** A cast list names people the rest of the dump may never name again: it is about the film, not a menu. */
    @Test
    void aCastListIsNoLinkList() {
        Verdicts v = apply(new LinkListRule(), List.of("Cast", "  \u2022 Jo Keel as Greta Voss",
                "  \u2022 Tom Rhys as Anton Brix", "  \u2022 Ada Pryce Holm as the Ferryman", "Reception",
                "  \u2022 Artist Spotlight", "  \u2022 Best New Music"), new boolean[0]);
        assertFalse(v.isDebris(41) || v.isDebris(42) || v.isDebris(43));
        assertTrue(v.isDebris(45) && v.isDebris(46), "the menu after it still goes");
        Verdicts menu = apply(new LinkListRule(), List.of("  \u2022 Tom Rhys Returns as the Ferryman",
                "  \u2022 Best New Music", "  \u2022 Sustainable Fashion"), new boolean[0]);
        assertTrue(menu.isDebris(40) && menu.isDebris(41) && menu.isDebris(42), "one casting headline in a menu");
    }

    @Test
    void shortLineBetweenDebrisGoesWithIt() {
        Verdicts v = apply(new DebrisSandwichRule(), List.of("salt lantern meaning", "Story and Plot",
                "salt lantern meaning", "Oskar rows out.", "Ilse waits on the pier."),
                new boolean[] {true, false, true, false, false});
        assertTrue(v.isDebris(41));
        assertFalse(v.isDebris(43));
    }

    @Test
    void headlineRunNextToDebris() {
        Verdicts v = apply(new HeadlineRunRule(), List.of("Recommended Reading", "Why People Wait Ten Days To Act",
                "What The Harbour Fog Means For Oskar"), new boolean[] {true});
        assertTrue(v.isDebris(41));
        assertFalse(v.isDebris(42));
    }

    @Test
    void promoBlurbEchoesItsHeadline() {
        Verdicts v = apply(new PromoBlurbRule(), List.of("Tobias Wren's 8 Most Underrated Performances, Ranked",
                "Oskar rows out to the wreck while Ilse waits.",
                "Tobias Wren is known for underrated performances in quiet films, ranked by critics."),
                new boolean[] {true});
        assertFalse(v.isDebris(41));
        assertTrue(v.isDebris(42));
    }

    @Test
    void widgetTailUntilTheTextComesBackToTheFilm() {
        Verdicts v = apply(new WidgetTailRule(), List.of("Most Read",
                "Pop singer Kiki Dorran and actor Rafe Lomax were photographed leaving a restaurant on Saturday.",
                "Oskar Lind rows out to the wreck again in the last scene while the fog closes over the harbour."),
                new boolean[0]);
        Verdicts marked = new Verdicts(v.size());
        // the widget heading is found by the ui-chrome rule in the cleaner; mark it the same way here
        List<String> all = new ArrayList<>(prose());
        all.addAll(List.of("Most Read", "Pop singer Kiki Dorran and actor Rafe Lomax were photographed leaving a"
                + " restaurant on Saturday.", "Oskar Lind rows out to the wreck again in the last scene while the fog"
                + " closes over the harbour."));
        List<Line> ls = lines(all);
        marked.markDebris(40, UiChromeRule.NAME);
        new WidgetTailRule().apply(ls, marked, new DumpStats(ls, "The Quiet Harbour"));
        assertTrue(marked.isDebris(41));
        assertFalse(marked.isDebris(42));
        assertFalse(v.isDebris(41), "no widget heading, no widget");
    }

    /** A site named by its address or a forum's name, in lower case, still heads the page above its title. */
    @Test
    void aSiteInLowerCaseAboveTheTitle() {
        for (String site : List.of("r/movies", "letterboxd.com", "www.harbourtimes.co.uk")) {
            String dump = site + "\n\nWhy does Oskar row out at the end?\n\n"
                    + String.join("\n\n", prose());
            Page page = DumpReader.read(dump, "The Quiet Harbour").pages().get(0);
            assertEquals(site, page.site);
            assertEquals("Why does Oskar row out at the end?", page.title);
        }
        List<String> two = new ArrayList<>(List.of("Reel Harbour", "", "The Quiet Harbour Review", ""));
        two.addAll(prose().subList(0, 6));
        two.addAll(List.of("", "Sign up for our newsletter", "", "Privacy policy", "", "letterboxd.com", "",
                "Why does Oskar row out at the end?", ""));
        two.addAll(prose().subList(6, 12));
        assertEquals(List.of("Reel Harbour", "letterboxd.com"), DumpReader.read(String.join("\n", two),
                "The Quiet Harbour").pages().stream().map(p -> p.site).toList(), "a site's address after a footer");
        for (String notASite : List.of("index.html", "harbour.2019.1080p.mkv", "notes.txt")) {
            assertFalse(PageAssembler.isSiteAddress(notASite), notASite);
        }
    }

    @Test
    void bylinesAndHandles() {
        DumpStats s = stats(List.of());
        assertEquals("Jane Roe", Bylines.authorOf(Line.parse(0, "By Jane Roe"), s));
        assertEquals("Jane Roe", Bylines.authorOf(Line.parse(0, "Written by Jane Roe"), s));
        assertEquals("saltmarsh_owl", Bylines.authorOf(Line.parse(0, "saltmarsh_owl"), s));
        assertEquals("saltmarsh_owl", Bylines.authorOf(Line.parse(0, "Posted by u/saltmarsh_owl"), s));
        assertEquals("Jane Roe", Bylines.authorOf(Line.parse(0, "Posted by Jane Roe"), s));
        assertEquals("Jane Roe", Bylines.authorOf(Line.parse(0, "By Jane Roe \u00b7 March 3, 2024"), s));
        assertEquals("Jane Roe", Bylines.authorOf(Line.parse(0, "By Jane Roe, Senior Film Critic"), s));
        assertEquals("ThatMovieGuy", Bylines.authorOf(Line.parse(0, "Posted by u/ThatMovieGuy \u2022 5 yr. ago"), s));
        assertEquals("spez", Bylines.authorOf(Line.parse(0, "Posted by u/spez"), s));
        assertEquals(null, Bylines.authorOf(Line.parse(0, "By Christmas Eve, Oskar has rowed out to the wreck every"
                + " night for a month, and the harbour has stopped watching."), s), "prose, not a byline");
        assertEquals(null, Bylines.authorOf(Line.parse(0, "By Christmas Eve, he is gone."), s), "a short sentence");
        assertEquals(null, Bylines.authorOf(Line.parse(0, "The Harbour Fog"), s));
        assertEquals(null, Bylines.authorOf(Line.parse(0, "Recommended Reading"), s));
    }

    @Test
    void searchListingIsFoundAndParsed() {
        List<String> raw = new ArrayList<>(prose());
        raw.addAll(List.of("", "IMAGES", "", "  1. Harbour", "", "    quiet harbour meaning", "", "COMMENTS", "",
                "  1. ending - What does the fog mean? - Movies & TV Stack ...", "",
                "    The fog in the last scene of The Quiet Harbour is the harbour forgetting Oskar.", "",
                "  2. Notes on Fog | by Jane Roe - Medium", "", "    Fog is memory in this film, and memory is the sea."));
        SearchListing l = SearchListing.find(raw);
        assertEquals(41, l.start());
        assertEquals(2, l.entries().size());
        assertEquals("What does the fog mean?", l.entries().get(0).title());
        assertEquals("Notes on Fog", l.entries().get(1).title());
        assertEquals("Jane Roe", l.entries().get(1).author());
        assertEquals("Medium", l.entries().get(1).site());
    }

    /** A listing inside a file ends a dump only with three results that name pages; a numbered list does not. */
    @Test
    void aListingInsideAFileEndsADump() {
        List<String> listing = List.of("", "IMAGES", "", "  1. Harbour", "", "    quiet harbour meaning", "",
                "COMMENTS", "", "  1. ending - What does the fog mean? - Movies & TV Stack ...", "",
                "    The fog in the last scene of The Quiet Harbour is the harbour forgetting Oskar.", "",
                "  2. Notes on Fog | by Jane Roe - Medium", "", "    Fog is memory in this film, and memory is the sea.",
                "", "  3. The Quiet Harbour review - Frame Theory", "",
                "    Oskar rows out to the wreck, and the film never says whether he comes back at all.", "");
        List<String> raw = new ArrayList<>(prose());
        raw.addAll(listing);
        raw.addAll(List.of("IGN", "", "The Quiet Harbour ending explained"));
        raw.addAll(prose());
        assertEquals(List.of(raw.indexOf("IGN") - 1), SearchListing.endsInside(RawLines.of(String.join("\n", raw))),
                "the next dump from the line after the last result: its site's name in capitals is its own");
        List<String> script = new ArrayList<>(prose());
        script.addAll(listing);
        script.addAll(List.of("IGN", "", "                         THE QUIET HARBOUR", "",
                "                         Written by Ada Pryce", "", "Oskar rows out to the wreck at dawn."));
        script.addAll(prose());
        assertEquals(List.of(script.indexOf("IGN") - 1), SearchListing.endsInside(RawLines.of(String.join("\n", script))),
                "a next dump set in from the margin (a script's title) is no snippet of the listing before it");
        List<String> numbered = new ArrayList<>(prose());
        numbered.addAll(List.of("", "TOP PICKS", "", "  1. Harbour", "    the fog", "  2. Lantern", "    the light",
                "  3. Wreck", "    the sea", "", "Oskar rows out again in the sequel."));
        numbered.addAll(prose());
        assertEquals(List.of(), SearchListing.endsInside(RawLines.of(String.join("\n", numbered))),
                "a numbered list in an article, its notes indented");
    }

    @Test
    void sourceIdSlugs() {
        var used = new java.util.HashSet<String>();
        assertEquals("screen-rant", SourceIds.assign("Screen Rant", "x", "f", used));
        assertEquals("screen-rant-2", SourceIds.assign("Screen Rant", "y", "f", used));
        assertEquals("movies-tv-stack-exchange", SourceIds.assign("Movies & TV Stack Exchange", null, "f", used));
        assertEquals("cafe-creme", SourceIds.assign(null, "Caf\u00e9 Cr\u00e8me", "f", used));
    }
}

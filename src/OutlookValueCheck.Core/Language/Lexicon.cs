namespace OutlookValueCheck.Core.Language;

/// <summary>
/// The wording behind each <see cref="CueKind"/>, in <see cref="PhraseTable"/>'s pattern language. Patterns are
/// phrases, not single words, so that "renewal" in a support mail or "minutes" in meeting notes does not read as a
/// push. Tuned on tests/corpus/tuning only.
/// </summary>
internal static class Lexicon
{
    private const string Outcomes = "(saved|cut|reduced|closed|grew|achieved|increased|improved|replaced|avoided|shortened|doubled|halved|automated|eliminated)";

    /// <summary>Every word below, numbered; mails are tokenized with it (declared first: the others fill it).</summary>
    public static Vocabulary Words { get; } = new();

    // Runs after every initializer below has added its words.
    static Lexicon() => Words.Freeze();

    public static PhraseTable Phrases { get; } = new(Words,
    [
        (CueKind.StrangerIntro, "my name is"),
        (CueKind.StrangerIntro, "(i'm|i am) reaching out"),
        (CueKind.StrangerIntro, "reaching out (from|on behalf of)"),
        (CueKind.StrangerIntro, "i work (at|for)"),
        (CueKind.StrangerIntro, "(i'm|i am) * (an |a |the |)(account executive|sales rep|sales representative|sales executive|sales manager|business development|bdr|sdr)"),
        (CueKind.StrangerIntro, "(a|an|the) (leading|top|premier|world-class|industry-leading|award-winning|fast-growing|fastest-growing) (|* )(provider|platform|company|vendor|solution|partner)"),
        (CueKind.StrangerIntro, "industry(-leading| leading)"),
        (CueKind.StrangerIntro, "trusted by (over |more than |)#"),
        (CueKind.StrangerIntro, "we (work|partner) with (hundreds|thousands|over|more than|many|companies|leading)"),
        (CueKind.StrangerIntro, "we help (companies|businesses|organisations|organizations|teams|banks|retailers|firms|brands|leaders)"),
        (CueKind.StrangerIntro, "(businesses|companies|organisations|organizations|banks|teams|firms|brands|leaders|people) like (yours|you)"),
        (CueKind.StrangerIntro, "(introduce|introducing) (you to |)(myself|us|our (company|platform|solution|solutions|product|products|services|team|offering))"),
        (CueKind.StrangerIntro, "learn (more |)about your (business|company|organisation|organization|priorities|goals|needs|challenges|plans)"),
        (CueKind.StrangerIntro, "hear (more |)about your (business|goals|priorities|challenges|needs|plans)"),
        (CueKind.StrangerIntro, "show you (what we do|how we|our|around)"),
        (CueKind.StrangerIntro, "discover (what|how) * can"),
        (CueKind.StrangerIntro, "unlock (insights|value|the power|the full power|the potential|the full potential)"),
        (CueKind.StrangerIntro, "turn (your |)data into"),
        (CueKind.StrangerIntro, "become (more |)(data-driven|data driven)"),
        (CueKind.StrangerIntro, "i (came across|stumbled upon) your (profile|company|website)"),
        (CueKind.StrangerIntro, "i'd love (the opportunity |)to (introduce|connect|show|tell)"),

        (CueKind.MeetingAsk, "(quick|brief|short|intro|introductory|discovery|exploratory|15-minute|20-minute) (call|chat|meeting|demo|conversation)"),
        (CueKind.MeetingAsk, "# minute (call|chat|meeting|demo|conversation)"),
        (CueKind.MeetingAsk, "are you the (right|best) (person|contact)"),
        (CueKind.MeetingAsk, "if (you're|you are) not the (right|best) (person|contact)"),
        (CueKind.MeetingAsk, "point me (to|in the direction of|towards) (the right|whoever|who)"),
        (CueKind.MeetingAsk, "who (handles|is responsible for|looks after|owns|manages) * at your"),
        (CueKind.MeetingAsk, "the right (person|contact) (to talk to|to speak to|for this)"),
        (CueKind.MeetingAsk, "book a (demo|call|meeting|slot)"),
        (CueKind.MeetingAsk, "(would|do) you have (#|a few|fifteen|twenty|thirty) minutes"),
        (CueKind.MeetingAsk, "i'd love (#|fifteen|twenty|thirty|a few) minutes"),
        (CueKind.MeetingAsk, "(be |)open to (a |)(quick |short |brief |)(call|chat|conversation|demo)"),
        (CueKind.MeetingAsk, "grab (a |)(quick |)(call|coffee|chat)"),
        (CueKind.MeetingAsk, "hop on a (quick |)call"),
        (CueKind.MeetingAsk, "(schedule|set up) (a |)(time|quick call|call|demo|meeting) to (discuss|chat|talk|learn|show|introduce)"),
        (CueKind.MeetingAsk, "let me know (a|what) time (that |)works"),
        (CueKind.MeetingAsk, "when (are|would) you (be |)(free|available) (for|to) (a |)(call|chat|demo)"),

        (CueKind.CheckIn, "(just |)checking in"),
        (CueKind.CheckIn, "(check|checking) in (with you|again)"),
        (CueKind.CheckIn, "(touch|touching) base"),
        (CueKind.CheckIn, "(circle|circling) back"),
        (CueKind.CheckIn, "(bump|bumping) (this|it|my)"),
        (CueKind.CheckIn, "(follow|following) up on my (last|previous|earlier) (email|e-mail|note|message|mail)"),
        (CueKind.CheckIn, "just (wanted to |)(follow|following) up"),
        (CueKind.CheckIn, "(had|have|get) a chance to (look|read|review|consider|see)"),
        (CueKind.CheckIn, "did you (get|see|receive) my"),
        (CueKind.CheckIn, "any (update|updates|news|thoughts) (on this |on your side |on ur side |on that |)?"),
        (CueKind.CheckIn, "(top|front) of your inbox"),
        (CueKind.CheckIn, "(float|floating) (this|it) (back |)(up|to)"),
        (CueKind.CheckIn, "(resurface|resurfacing) (this|my)"),
        (CueKind.CheckIn, "(keep|keeping) (this|it|me) on your radar"),
        (CueKind.CheckIn, "wanted to (stay|keep) in touch"),
        (CueKind.CheckIn, "in case (it|this|my email|my e-mail|my note) got (buried|lost)"),
        (CueKind.CheckIn, "pinging (you|again)"),
        (CueKind.CheckIn, "gentle (reminder|nudge)"),
        (CueKind.CheckIn, "(haven't|have not) heard back"),
        (CueKind.CheckIn, "still interested"),

        (CueKind.Renewal, "renew(|al|als|s|ed|ing)"),
        (CueKind.Renewal, "contract(|s|ual)"),
        (CueKind.Renewal, "(subscription|terms|paperwork)"),

        (CueKind.PricePush, "(new|annual|list|updated|renewal) (|* )(price|prices|pricing|fee|fees|rate|rates)"),
        (CueKind.PricePush, "(price|prices) (will |)(increase|rise|go up|goes up|change)"),
        (CueKind.PricePush, "price (increase|change|rise|uplift|adjustment)"),
        (CueKind.PricePush, "(increase|increases|increased) (of|by) # %"),
        (CueKind.PricePush, "# % (annual |)(increase|uplift|rise)"),
        (CueKind.PricePush, "goes up # %"),
        (CueKind.PricePush, "(invoice|invoiced|invoicing|quote)"),
        (CueKind.PricePush, "(order|purchase) (form|order)"),
        (CueKind.PricePush, "(please |)(sign|signed) (the|and return|by|it)"),
        (CueKind.PricePush, "(no|any|avoid|avoid any) interruption"),
        (CueKind.PricePush, "pricing for next year"),

        (CueKind.ValueRecap, "(recap|look back|looking back)"),
        (CueKind.ValueRecap, "(over|in) the (past|last) (year|# months|twelve months|few months|quarter)"),
        (CueKind.ValueRecap, "since you (started|joined|went live|signed|moved)"),
        (CueKind.ValueRecap, "your (goal|goals|objective|objectives|priorities|target|targets|kpi|kpis|plan for|plans for|roadmap)"),
        (CueKind.ValueRecap, "(you|you've|you have|your (|* )(team|teams|controllers|analysts|planners|agents|staff|people)(| have)) " + Outcomes),
        (CueKind.ValueRecap, "from (|* )* (days|hours|weeks|minutes|%|percent) to"),
        (CueKind.ValueRecap, "(roi|return on investment|paid itself|paid for itself)"),
        (CueKind.ValueRecap, "value (you|your team) (got|gained|received|saw)"),
        (CueKind.ValueRecap, "what (you've|you have) (achieved|accomplished|built)"),
        (CueKind.ValueRecap, "(hours|days|weeks) (saved|a month)"),
        (CueKind.ValueRecap, "(usage|adoption) (grew|rose|doubled|is up)"),
        (CueKind.ValueRecap, "next year you"),
        (CueKind.ValueRecap, "for # you (mentioned|said|want)"),

        (CueKind.Upsell, "(upgrade|upgrading|add-on|add-ons|addon|addons|discount|discounted|bundle|cross-sell)"),
        (CueKind.Upsell, "(add|adding) (our|the) * (module|product|package|tier|edition|bundle)"),
        (CueKind.Upsell, "additional (seats|licenses|licences|users|modules)"),
        (CueKind.Upsell, "(expand|expanding) (your|to)"),
        (CueKind.Upsell, "(premium|enterprise|pro|plus) (tier|plan|edition|package)"),
        (CueKind.Upsell, "# % off"),
        (CueKind.Upsell, "(send|share) (you |)(over |)a quote"),
        (CueKind.Upsell, "quote for"),
        (CueKind.Upsell, "special (offer|pricing)"),
        (CueKind.Upsell, "(limited-time|limited time|more seats)"),
        (CueKind.Upsell, "before (the |)(end of|31) (the |)(quarter|year|december)"),

        (CueKind.Help, "(case|ticket|incident|issue) #"),
        (CueKind.Help, "(outage|fix|fixed|resolved|restored|backfilled|patched|root-cause|workaround|attached|agenda|recording|fyi|heads-up)"),
        (CueKind.Help, "(root cause|heads up|good question|to answer your|we agreed|next step|next steps|the steps|in case it helps)"),
        (CueKind.Help, "(as|like) (you |)(asked|requested|promised|discussed|agreed|mentioned)"),
        (CueKind.Help, "here (is|are) (the|what|where|how|a|your|our notes)"),
        (CueKind.Help, "(notes|summary|minutes) (from|of)"),
        (CueKind.Help, "i (set up|moved|fixed|checked|updated|added|booked|reserved|saved you|sent|ran|built|compared)"),
        (CueKind.Help, "(went|goes|is) live"),
        (CueKind.Help, "happy to (connect|introduce) you (with|to)"),
        (CueKind.Help, "so you (can|know)"),
        (CueKind.Help, "may (save|help) you"),

        (CueKind.RecipientSpecific, "you (asked|mentioned|told me|said|shared|raised|wanted|requested|described|flagged|reported|noted|proposed|suggested)"),
        (CueKind.RecipientSpecific, "(on|during|after|at) our (call|meeting|chat|visit|workshop|demo|lunch)"),
        (CueKind.RecipientSpecific, "when we (met|spoke|talked)"),
        (CueKind.RecipientSpecific, "thanks for (the time|your time|proposing|sending|sharing)"),
        (CueKind.RecipientSpecific, "your (question|request|file|files|report|numbers|figures|dashboard|dashboards|forecast|analysts|controllers|planners|agents|customers|warehouse|cellar|finance team|it team|data team|sandbox|workspace|till data|tickets)"),
        (CueKind.RecipientSpecific, "your (|* )(team's|team reported|team asked|team mentioned|team wants|team needs|team can)"),

        (CueKind.SelfPromotion, "(we're|we are) (thrilled|excited|proud|pleased|delighted|happy) to (announce|share|introduce|launch)"),
        (CueKind.SelfPromotion, "(exciting|big|great) news"),
        (CueKind.SelfPromotion, "our (engineers|best|latest|newest|award|company|team has|platform now|platform is)"),
        (CueKind.SelfPromotion, "(named|recognised as|recognized as|ranked) (a |the |)(leader|top|best)"),
        (CueKind.SelfPromotion, "(award-winning|award winning|proud to)"),
        (CueKind.SelfPromotion, "won (a|an|the) (|* )award"),
        (CueKind.SelfPromotion, "best (release|product|platform|version) (ever|yet)"),
        (CueKind.SelfPromotion, "(we've|we have) (grown|just released|just launched|been named)"),
        (CueKind.SelfPromotion, "we'd love to (tell|show) you"),
        (CueKind.SelfPromotion, "(has|have) just (released|launched)"),
        (CueKind.SelfPromotion, "grown to #"),

        (CueKind.Money, "($|€|£|usd|eur|gbp|chf) #"),
        (CueKind.Money, "# (usd|eur|gbp|dollars|euros)"),

        (CueKind.Greeting, "hope this (email|e-mail|message|note) finds you"),
        (CueKind.Greeting, "hope (you're|you are) (well|doing well)"),
        (CueKind.Greeting, "hope you had a (good|great)"),

        (CueKind.Closing, "(let me know|lmk|looking forward|talk soon|speak soon|thanks|thank you|cheers|best|regards|many thanks)"),
        (CueKind.Closing, "have a (great|good|nice) (day|week|weekend)"),
    ]);

    /// <summary>First words of a greeting line ("Hi Rachel,", "Good morning all").</summary>
    public static readonly HashSet<int> GreetingStarts = Words.Set("hi", "hello", "hey", "dear", "good", "greetings", "hiya");

    /// <summary>"Good" starts a greeting only before one of these ("Good morning," greets; "Good news: ..." does not).</summary>
    public static readonly HashSet<int> TimesOfDay = Words.Set("morning", "afternoon", "evening");

    public static readonly int Good = Words.Add("good");

    /// <summary>Words that put the seller's side at the centre.</summary>
    // With the plain pronouns of German, French and Spanish: the count of "us" against "them" is the same idea there
    // (ambiguous ones like German "sie" and Spanish "su" are left out).
    public static readonly HashSet<int> SellerWords = Words.Set("we", "our", "ours", "us", "we're", "we've", "we'd", "we'll",
        "wir", "uns", "unser", "unsere", "unseren", "unserem", "unserer", "nous", "notre", "nos", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros", "nuestras");

    /// <summary>Words that put the recipient at the centre.</summary>
    public static readonly HashSet<int> RecipientWords = Words.Set("you", "your", "yours", "yourself", "u", "ur", "you're", "you've", "you'd", "you'll",
        "ihnen", "ihr", "ihre", "ihren", "ihrem", "ihrer", "dich", "dir", "dein", "deine", "deinen", "euch", "euer",
        "vous", "votre", "vos", "toi", "ton", "ta", "tes", "usted", "ustedes", "tú", "tus", "vosotros", "vuestro", "vuestra");
}

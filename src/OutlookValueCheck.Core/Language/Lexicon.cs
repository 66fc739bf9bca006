using System.Text.RegularExpressions;

namespace OutlookValueCheck.Core.Language;

/// <summary>
/// The wording behind each <see cref="CueKind"/>. Patterns are phrases, not single words, so that "renewal" in a
/// support mail or "minutes" in meeting notes does not read as a push. Tuned on tests/corpus/tuning only.
/// </summary>
internal static partial class Lexicon
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
    private const string Apostrophe = "['’]";

    public static Regex For(CueKind kind) => kind switch
    {
        CueKind.StrangerIntro => StrangerIntro(),
        CueKind.MeetingAsk => MeetingAsk(),
        CueKind.CheckIn => CheckIn(),
        CueKind.Renewal => Renewal(),
        CueKind.PricePush => PricePush(),
        CueKind.ValueRecap => ValueRecap(),
        CueKind.Upsell => Upsell(),
        CueKind.Help => Help(),
        CueKind.RecipientSpecific => RecipientSpecific(),
        CueKind.SelfPromotion => SelfPromotion(),
        CueKind.Money => Money(),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    [GeneratedRegex(@"\bmy name is\b|\b(?:I" + Apostrophe + @"m|I am) reaching out\b|\breaching out (?:from|on behalf of)\b|\bI work (?:with|at|for)\b(?! you)|"
        + @"\b(?:I" + Apostrophe + @"m|I am) \w+,? (?:an? |the )?(?:account executive|sales (?:rep|representative|executive|manager)|business development|bdr|sdr)\b|"
        + @"\b(?:a|an|the) (?:leading|top|premier|world-class|industry-leading|award-winning|fastest-growing) (?:\w+ )?(?:provider|platform|company|vendor|solution|partner)\b|\bindustry[- ]leading\b|"
        + @"\btrusted by (?:over |more than )?[\d,]+|\bwe (?:work|partner) with (?:hundreds|thousands|over|more than|many|companies|leading)\b|"
        + @"\bwe help (?:companies|businesses|organi[sz]ations|teams|banks|retailers|firms|brands|leaders)\b|"
        + @"\b(?:businesses|companies|organi[sz]ations|banks|teams|firms|brands|leaders|people) like (?:yours|you)\b|"
        + @"\bintroduc(?:e|ing) (?:you to )?(?:myself|us|our (?:company|platform|solutions?|products?|services|team|offering))\b|"
        + @"\blearn (?:more )?about your (?:business|company|organi[sz]ation|priorities|goals|needs|challenges|plans)\b|"
        + @"\bhear (?:more )?about your (?:business|goals|priorities|challenges|needs|plans)\b|\bshow you (?:what we do|how we|our|around)\b|"
        + @"\bdiscover (?:what|how) \w+ can\b|\bunlock (?:insights|value|the (?:full )?(?:power|potential))\b|\bturn (?:your )?data into\b|"
        + @"\bbecome (?:more )?data[- ]driven\b|\bI (?:came across|stumbled upon) your (?:profile|company|website)\b|\bI" + Apostrophe + @"d love (?:the opportunity )?to (?:introduce|connect|show|tell)\b",
        Options)]
    private static partial Regex StrangerIntro();

    [GeneratedRegex(@"\b(?:quick|brief|short|intro|introductory|discovery|exploratory|15[- ]minute|20[- ]minute) (?:call|chat|meeting|demo|conversation)\b|"
        + @"\bare you the (?:right|best) (?:person|contact)\b|\bif (?:you" + Apostrophe + @"re|you are) not the (?:right|best) (?:person|contact)\b|"
        + @"\bpoint me (?:to|in the direction of|towards) (?:the right|whoever|who)\b|\bwho (?:handles|is responsible for|looks after|owns|manages) \w+ at your\b|"
        + @"\bthe right (?:person|contact) (?:to (?:talk|speak) to|for this)\b|\bbook a (?:demo|call|meeting|slot)\b|"
        + @"\b(?:would|do) you have (?:\d+|a few|fifteen|twenty|thirty) minutes\b|\bI" + Apostrophe + @"d love (?:\d+|fifteen|twenty|thirty|a few) minutes\b|"
        + @"\b(?:be )?open to (?:a )?(?:quick |short |brief )?(?:call|chat|conversation|demo)\b|\bgrab (?:a )?(?:quick )?(?:call|coffee|chat)\b|"
        + @"\bhop on a (?:quick )?call\b|\b(?:schedule|set up) (?:a )?(?:time|quick call|call|demo|meeting) to (?:discuss|chat|talk|learn|show|introduce)\b|"
        + @"\blet me know (?:a|what) time (?:that )?works\b|\bwhen (?:are|would) you (?:be )?(?:free|available) (?:for|to) (?:a )?(?:call|chat|demo)\b",
        Options)]
    private static partial Regex MeetingAsk();

    [GeneratedRegex(@"\b(?:just )?checking in\b|\bcheck(?:ing)? in (?:with you|again)\b|\btouch(?:ing)? base\b|\bcircl(?:e|ing) back\b|\bbump(?:ing)? (?:this|it|my)\b|"
        + @"\bfollow(?:ing)?[- ]up on my (?:last|previous|earlier) (?:e-?mail|note|message|mail)\b|\bjust (?:wanted to )?follow(?:ing)? up\b|"
        + @"\b(?:had|have|get) a chance to (?:look|read|review|consider|see)\b|\bdid you (?:get|see|receive) my\b|\bany (?:updates?|news|thoughts)(?: on (?:this|your side|ur side|that))?\s*\?|"
        + @"\b(?:top|front) of your inbox\b|\bfloat(?:ing)? (?:this|it) (?:back )?(?:up|to)\b|\bresurfac(?:e|ing) (?:this|my)\b|\bkeep(?:ing)? (?:this|it|me) on your radar\b|"
        + @"\bwanted to (?:stay|keep) in touch\b|\bin case (?:it|this|my (?:e-?mail|note)) got (?:buried|lost)\b|\bpinging (?:you|again)\b|\bgentle (?:reminder|nudge)\b|"
        + @"\bhaven" + Apostrophe + @"t heard back\b|\bhave not heard back\b|\bstill interested\b",
        Options)]
    private static partial Regex CheckIn();

    [GeneratedRegex(@"\brenew(?:al|als|s|ed|ing)?\b|\bcontract(?:s|ual)?\b|\bsubscription\b|\bterms\b|\bpaperwork\b|\b20\d\d[-–/]20?\d\d\b",
        Options)]
    private static partial Regex Renewal();

    [GeneratedRegex(@"\b(?:new|annual|list|updated|renewal) (?:\w+ )?(?:price|prices|pricing|fee|fees|rate|rates)\b|\bprices? (?:will )?(?:increase|rise|go up|goes up|change)\b|\bprice (?:increase|change|rise|uplift|adjustment)\b|"
        + @"\bincrease(?:s|d)? (?:of|by) \d+\s?%|\b\d+\s?% (?:annual )?(?:increase|uplift|rise)\b|\bgoes up \d+\s?%|\binvoic(?:e|ed|ing)\b|\border form\b|\bpurchase order\b|\bquote\b|"
        + @"\b(?:please )?sign(?:ed)? (?:the|and return|by|it)\b|\bsign by\b|\b(?:no|any|avoid(?: any)?) interruption\b|\bpricing for next year\b",
        Options)]
    private static partial Regex PricePush();

    [GeneratedRegex(@"\brecap\b|\blook(?:ing)? back\b|\b(?:over|in) the (?:past|last) (?:year|\d+ months|twelve months|few months|quarter)\b|\bsince you (?:started|joined|went live|signed|moved)\b|"
        + @"\byour (?:goal|goals|objective|objectives|priorities|targets?|kpis?|plans? for|roadmap)\b|"
        + @"\b(?:you|your (?:\w+ )?(?:team|teams|controllers|analysts|planners|agents|staff|people))(?:" + Apostrophe + @"ve| have)? (?:saved|cut|reduced|closed|grew|achieved|increased|improved|replaced|avoided|shortened|doubled|halved|automated|eliminated)\b|"
        + @"\bfrom (?:\w+ )?[\w.,]+ (?:days|hours|weeks|minutes|%|percent) to\b|\bfrom \w+ (?:days|hours|weeks) to \w+\b|\broi\b|\breturn on investment\b|\bpaid (?:for )?itself\b|"
        + @"\bvalue (?:you|your team) (?:got|gained|received|saw)\b|\bwhat you(?:" + Apostrophe + @"ve| have) (?:achieved|accomplished|built)\b|\b(?:hours|days|weeks) (?:saved|a month)\b|"
        + @"\b(?:usage|adoption) (?:grew|rose|doubled|is up)\b|\bnext year you\b|\bfor 20\d\d you (?:mentioned|said|want)\b",
        Options)]
    private static partial Regex ValueRecap();

    [GeneratedRegex(@"\bupgrad(?:e|ing)\b|\badd-?ons?\b|\badd(?:ing)? (?:our|the) \w+ (?:module|product|package|tier|edition|bundle)\b|\badditional (?:seats|licen[cs]es|users|modules)\b|"
        + @"\bexpand(?:ing)? (?:your|to)\b|\b(?:premium|enterprise|pro|plus) (?:tier|plan|edition|package)\b|\b\d+\s?% off\b|\bdiscount(?:ed)?\b|\b(?:send|share)(?: you)? (?:over )?a quote\b|\bquote for\b|"
        + @"\bspecial (?:offer|pricing)\b|\blimited[- ]time\b|\bcross-?sell\b|\bmore seats\b|\bbundle\b|\bbefore (?:the )?(?:end of|31) (?:the )?(?:quarter|year|december)\b",
        Options)]
    private static partial Regex Upsell();

    [GeneratedRegex(@"\b(?:case|ticket|incident|issue) #?\d+\b|\boutage\b|\b(?:fix|fixed|resolved|restored|backfilled|patched|root[- ]cause|workaround)\b|"
        + @"\b(?:as|like) (?:you )?(?:asked|requested|promised|discussed|agreed|mentioned)\b|\bgood question\b|\bto answer your\b|"
        + @"\bhere (?:is|are) (?:the|what|where|how|a|your|our notes)\b|\battached\b|\b(?:notes|summary|minutes) (?:from|of)\b|\bwe agreed\b|\bnext steps?\b|\bagenda\b|"
        + @"\bI (?:set up|moved|fixed|checked|updated|added|booked|reserved|saved you|sent|ran|built|compared)\b|\b(?:went|goes|is) live\b|\brecording\b|\bthe steps\b|"
        + @"\bhappy to (?:connect|introduce) you (?:with|to)\b|\bheads[- ]up\b|\bFYI\b|\bso you (?:can|know)\b|\bin case it helps\b|\bmay (?:save|help) you\b",
        Options)]
    private static partial Regex Help();

    [GeneratedRegex(@"\byou (?:asked|mentioned|told me|said|shared|raised|wanted|requested|described|flagged|reported|noted|proposed|suggested)\b|"
        + @"\b(?:on|during|after|at) our (?:call|meeting|chat|visit|workshop|demo|lunch)\b|\bwhen we (?:met|spoke|talked)\b|\bthanks for (?:the time|your time|proposing|sending|sharing)\b|"
        + @"\byour (?:question|request|file|files|report|numbers|figures|dashboards?|forecast|analysts|controllers|planners|agents|customers|warehouse|cellar|finance team|it team|data team|sandbox|workspace|till data|tickets)\b|"
        + @"\byour (?:\w+ )?(?:team" + Apostrophe + @"s|team (?:reported|asked|mentioned|wants|needs|can))\b",
        Options)]
    private static partial Regex RecipientSpecific();

    [GeneratedRegex(@"\bwe(?:" + Apostrophe + @"re| are) (?:thrilled|excited|proud|pleased|delighted|happy) to (?:announce|share|introduce|launch)\b|\b(?:exciting|big|great) news\b|"
        + @"\bour (?:engineers|best|latest|newest|award|company|team has|platform (?:now|is))\b|\b(?:named|recogni[sz]ed as|ranked) (?:a |the )?(?:leader|top|best)\b|\baward[- ]winning\b|\bwon (?:an?|the) \w* ?award\b|"
        + @"\bbest (?:release|product|platform|version) (?:ever|yet)\b|\bwe(?:" + Apostrophe + @"ve| have) (?:grown|just (?:released|launched)|been named)\b|\bwe" + Apostrophe + @"d love to (?:tell|show) you\b|"
        + @"\b(?:has|have) just (?:released|launched)\b|\bproud to\b|\bgrown to \d+",
        Options)]
    private static partial Regex SelfPromotion();

    [GeneratedRegex(@"[$€£]\s?\d|\b(?:USD|EUR|GBP|CHF)\s?\d|\d[\d,.]*\s?(?:USD|EUR|GBP|dollars|euros)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Money();

    /// <summary>Words that put the seller's side at the centre.</summary>
    [GeneratedRegex(@"\b(?:we|our|ours|us)\b", Options)]
    public static partial Regex SellerWords();

    /// <summary>Words that put the recipient at the centre.</summary>
    [GeneratedRegex(@"\b(?:you|your|yours|yourself|u|ur)\b", Options)]
    public static partial Regex RecipientWords();

    [GeneratedRegex(@"^(?:hi|hello|hey|dear|good (?:morning|afternoon|evening)|greetings|hiya)\b[^.!?]{0,40}$|\bhope (?:this (?:e-?mail|message|note) finds you|you(?:" + Apostrophe + @"re| are) (?:well|doing well)|you had a (?:good|great))\b", Options)]
    public static partial Regex Greeting();

    [GeneratedRegex(@"^(?:let me know|lmk|looking forward|talk soon|speak soon|thanks|thank you|cheers|have a (?:great|good|nice) (?:day|week|weekend)|best|regards|many thanks)\b", Options)]
    public static partial Regex Closing();
}

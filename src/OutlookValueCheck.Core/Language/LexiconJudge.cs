using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Language;

/// <summary>
/// The hand-written judge: the lexicon's phrase table and the weighing in <see cref="MailReading"/>. Exact where
/// its wording matches, blind to wording it has never seen; it is sure of what it finds (confidence 1) or silent.
/// </summary>
public sealed class LexiconJudge : IMailJudge
{
    public const string JudgeName = "lexicon";

    public string Name => JudgeName;

    /// <summary>English only, until other languages have their own training data and phrases.</summary>
    public bool Reads(string language) => language == "en";

    public MailIntents Judge(string subject, MailText body, ReadingContext context) =>
        IntentsOf(MailReader.Read(subject, body, context));

    internal static MailIntents IntentsOf(MailReading reading)
    {
        var pushes = reading.IsCommercialPush;
        return new MailIntents
        {
            GenericPitch = When(reading.IsGenericPitch, reading, CueKind.StrangerIntro, CueKind.MeetingAsk),
            CheckInOnly = When(reading.IsCheckInOnly, reading, CueKind.CheckIn),
            RenewalPush = When(reading.IsRenewal, reading, CueKind.PricePush, CueKind.Renewal, CueKind.Money),
            ValueRecap = When(reading.RecapsValue, reading, CueKind.ValueRecap),
            Upsell = When(reading.IsUpsell, reading, CueKind.Upsell),
            SellerCentric = When(reading.IsSellerCentric, reading, CueKind.SelfPromotion, CueKind.StrangerIntro),
            HelpGiven = When(reading.Distinct(CueKind.Help) >= 1, reading, CueKind.Help),
            RecipientSpecific = When(reading.Distinct(CueKind.RecipientSpecific) >= 1, reading, CueKind.RecipientSpecific),
            PushEvidence = pushes ? PassagesOf(reading, CueKind.Upsell, CueKind.PricePush, CueKind.MeetingAsk) : [],
            SellerWords = reading.SellerWords,
            RecipientWords = reading.RecipientWords,
        };
    }

    private static Intent When(bool holds, MailReading reading, params ReadOnlySpan<CueKind> kinds) =>
        holds ? Intent.Certain(PassagesOf(reading, kinds)) : Intent.Absent;

    internal static List<Passage> PassagesOf(MailReading reading, params ReadOnlySpan<CueKind> kinds)
    {
        var passages = new List<Passage>();
        foreach (var kind in kinds)
        {
            foreach (var cue in reading.Of(kind))
                passages.Add(new Passage(cue.Part, cue.Start, cue.Length, cue.Source));
        }
        return passages;
    }
}

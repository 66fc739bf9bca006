using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The default judge: the lexicon where it is exact, the model where it generalises. For each intent the more
/// confident of the two speaks, with its own evidence; the lexicon is sure of what it matches, so its exact
/// phrases lead whenever it found the intent, and the model adds what no phrase covers.
/// </summary>
public sealed class CombinedJudge(LexiconJudge lexicon, ModelJudge model) : IMailJudge
{
    public const string JudgeName = "combined";

    public string Name => JudgeName;

    /// <summary>The languages the model was trained in; the lexicon adds its phrases to English only.</summary>
    public bool Reads(string language) => model.Reads(language);

    public MailIntents Judge(string subject, MailText body, ReadingContext context)
    {
        // The phrase table is English: in another language its few matches would be English words in passing.
        if (context.Language is { } language && language != "en")
            return model.Judge(subject, body, context);
        var exact = lexicon.Judge(subject, body, context);
        var learned = model.Read(subject, body.Authored).Intents(subject, body.Authored);
        return new MailIntents
        {
            GenericPitch = Stronger(exact.GenericPitch, learned.GenericPitch),
            CheckInOnly = Stronger(exact.CheckInOnly, learned.CheckInOnly),
            RenewalPush = Stronger(exact.RenewalPush, learned.RenewalPush),
            ValueRecap = Stronger(exact.ValueRecap, learned.ValueRecap),
            Upsell = Stronger(exact.Upsell, learned.Upsell),
            SellerCentric = Stronger(exact.SellerCentric, learned.SellerCentric),
            HelpGiven = Stronger(exact.HelpGiven, learned.HelpGiven),
            RecipientSpecific = Stronger(exact.RecipientSpecific, learned.RecipientSpecific),
            PushEvidence = exact.PushEvidence.Count > 0 ? exact.PushEvidence : learned.PushEvidence,
            JudgedTextCut = learned.JudgedTextCut,
            // The lexicon has counted "we" and "you" already.
            SellerWords = exact.SellerWords,
            RecipientWords = exact.RecipientWords,
        };
    }

    private static Intent Stronger(Intent exact, Intent learned) => exact.Confidence >= learned.Confidence ? exact : learned;
}

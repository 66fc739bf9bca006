using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Model;

/// <summary>
/// The default judge: the lexicon where it is exact, the model where it generalises. The lexicon's phrases are
/// high-precision votes: on an intent where adding them costs no precision on training authors the model never saw
/// (a generic pitch, a check-in and nothing else, a value recap, seller-centric mail: within 0.02) the more confident
/// of the two speaks, with its own evidence, so an exact phrase leads whenever it matched and the model adds what no
/// phrase covers. Where they cost precision (a renewal push 0.78 → 0.67, an upsell 0.74 → 0.69, help given
/// 0.88 → 0.76, English, every author held out once) the model reads the intent alone (decision 92).
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
            ValueRecap = Stronger(exact.ValueRecap, learned.ValueRecap),
            SellerCentric = Stronger(exact.SellerCentric, learned.SellerCentric),
            // Not scored on its own (it only tempers the pitch readings), so it keeps both voices.
            RecipientSpecific = Stronger(exact.RecipientSpecific, learned.RecipientSpecific),
            RenewalPush = learned.RenewalPush,
            Upsell = learned.Upsell,
            HelpGiven = learned.HelpGiven,
            // Whether the mail pushes is the model's call above; where a phrase matched, it is the sharper quote of the push.
            PushEvidence = exact.PushEvidence.Count > 0 ? exact.PushEvidence : learned.PushEvidence,
            JudgedTextCut = learned.JudgedTextCut,
            // The lexicon has counted "we" and "you" already.
            SellerWords = exact.SellerWords,
            RecipientWords = exact.RecipientWords,
        };
    }

    private static Intent Stronger(Intent exact, Intent learned) => exact.Confidence >= learned.Confidence ? exact : learned;
}

using OutlookValueCheck.Api.Outcomes;

namespace OutlookValueCheck.Api.Reports;

/// <summary>
/// What a seller did with a draft, from facts only: what the add-in saw (an answer to the value question, the draft
/// changed after a warning) and what the seller's Sent Items showed (the message went out, or not within a day).
/// What no fact shows stays <see cref="NotKnown"/>: never a guess.
/// </summary>
internal static class DraftOutcomes
{
    /// <summary>The seller answered the value question (and the next Send went through).</summary>
    public const string Answered = "answered";

    /// <summary>The message went out after a warning nobody answered: the seller pressed Send Anyway.</summary>
    public const string SentAnyway = "sentAnyway";

    /// <summary>The seller changed the draft after a warning.</summary>
    public const string Edited = "edited";

    /// <summary>The message went out and no warning stood in its way.</summary>
    public const string Sent = "sent";

    /// <summary>No such message in Sent Items a day after the last check.</summary>
    public const string NotSent = "notSent";

    /// <summary>No fact says (no mailbox to read, not looked at yet, or a check from before outcomes were learnt).</summary>
    public const string NotKnown = "unknown";

    /// <summary>The outcome of one draft from its checks, oldest first.</summary>
    public static string Of(IReadOnlyList<(string Verdict, string? Reported, string? Delivery)> checks)
    {
        var last = checks[^1];
        if (checks.Any(check => check.Reported == Answered))
            return Answered;
        var edited = checks.Any(check => check.Reported == Edited);
        if (checks.Any(check => check.Delivery == DeliveryFacts.Sent))
            return last.Verdict is "warn" or "block" ? SentAnyway : edited ? Edited : Sent;
        if (edited)
            return Edited;
        if (last.Delivery == DeliveryFacts.NotSent)
            return NotSent;
        // An add-in from before outcomes were learnt may have reported one itself ("sentAnyway", "cancelled").
        return checks.LastOrDefault(check => check.Reported is not null).Reported ?? NotKnown;
    }
}

using OutlookValueCheck.Cli.Eval;
using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;

namespace OutlookValueCheck.Cli.Tests.Eval;

/// <summary>
/// Which finding counts as found, on hand-made results: a check never names a colleague, so only a result built here
/// can show that such a finding would not count.
/// </summary>
public sealed class EvalScorerTests
{
    private const string Colleague = "sam.taylor@contoso.com";
    private const string Customer = "tom.k@fabrikam.com";

    private static CheckResult Result(Verdict verdict, params Finding[] findings) => new(
        verdict,
        SendMode.None,
        findings,
        [new RecipientFacts { Address = Colleague, IsInternal = true }, new RecipientFacts { Address = Customer }],
        null);

    private static Finding Finding(FindingCode code, string? recipient) => new(code, Policy.Default.SeverityOf(code), recipient, "", []);

    private static MailLabel Expecting(FindingCode code) =>
        new("mail/1.eml", "labels.jsonl:1", new HashSet<FindingCode> { code }, new HashSet<FindingCode>(), new Dictionary<FindingCode, IReadOnlySet<string>>());

    private static CodeScore Scored(FindingCode code, CheckResult result)
    {
        var scorer = new EvalScorer(Policy.Default);
        scorer.Add(Expecting(code), result);
        return scorer.Score().Codes.Single(score => score.Code == code);
    }

    [Fact]
    public void A_finding_for_an_external_recipient_of_the_mail_is_found_in_any_spelling()
    {
        var score = Scored(FindingCode.PitchToCustomer, Result(Verdict.Warn, Finding(FindingCode.PitchToCustomer, "Tom.K@Fabrikam.com.")));

        Assert.Equal((1, 0), (score.Found, score.Misdirected));
    }

    [Fact]
    public void A_finding_that_names_a_colleague_is_not_found()
    {
        var score = Scored(FindingCode.PitchToCustomer, Result(Verdict.Warn, Finding(FindingCode.PitchToCustomer, Colleague)));

        Assert.Equal((0, 1), (score.Found, score.Misdirected));
    }

    [Fact]
    public void A_finding_that_names_an_address_the_mail_does_not_go_to_is_not_found()
    {
        var score = Scored(FindingCode.NoValueCheckIn, Result(Verdict.Warn, Finding(FindingCode.NoValueCheckIn, "someone@elsewhere.com")));

        Assert.Equal((0, 1), (score.Found, score.Misdirected));
    }

    [Fact]
    public void A_finding_about_the_mail_as_a_whole_is_found()
    {
        var score = Scored(FindingCode.UnfilledPlaceholder, Result(Verdict.Block, Finding(FindingCode.UnfilledPlaceholder, null)));

        Assert.Equal((1, 0), (score.Found, score.Misdirected));
    }

    [Fact]
    public void A_forbidden_code_counts_against_the_judge_whoever_its_finding_names()
    {
        var scorer = new EvalScorer(Policy.Default);
        var label = new MailLabel("mail/1.eml", "labels.jsonl:1", new HashSet<FindingCode>(), new HashSet<FindingCode> { FindingCode.SellerCentric },
            new Dictionary<FindingCode, IReadOnlySet<string>>());

        scorer.Add(label, Result(Verdict.Ok, Finding(FindingCode.SellerCentric, Colleague)));

        var score = scorer.Score();
        Assert.Equal(1, score.Codes.Single(code => code.Code == FindingCode.SellerCentric).RaisedWhereForbidden);
        Assert.Equal(new Tally(1, 1), score.Forbidden);
        Assert.Equal(new Tally(0, 1), score.CleanStopped);
    }
}

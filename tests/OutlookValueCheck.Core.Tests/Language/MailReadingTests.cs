using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Judgment;
using OutlookValueCheck.Core.Language;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Tests.Language;

/// <summary>The distinctions the check must make: each pair is the same topic, one landing badly and one adding value.</summary>
public sealed class MailReadingTests
{
    private static MailReading Read(string body, string subject = "") =>
        MailReader.Read(subject, MailText.From(body, BodyFormat.Text), new ReadingContext(["contoso"], ["Fabrikam"]));

    [Fact]
    public void A_cold_introduction_with_a_meeting_ask_is_a_generic_pitch()
    {
        Assert.True(Read("Hi, I'm Anna, an account executive at Contoso, the industry-leading analytics platform. Are you the right person to talk to? Do you have 15 minutes for a discovery call?").IsGenericPitch);
    }

    [Fact]
    public void A_helpful_mail_that_mentions_a_product_is_not_a_pitch()
    {
        var reading = Read("Hi Priya, you asked why the dashboard is slow. The Reporting product caches the query; I fixed the filter in your sandbox and the refresh now takes 35 seconds. Happy to show your team on a quick call.");

        Assert.False(reading.IsGenericPitch);
    }

    [Fact]
    public void A_mail_that_only_checks_in_is_a_check_in()
    {
        Assert.True(Read("Hi Rachel,\n\nJust checking in to see if you had a chance to look at my last email.\n\nThanks,\nAnna").IsCheckInOnly);
    }

    [Fact]
    public void Checking_in_in_passing_with_news_is_not_a_check_in()
    {
        var reading = Read("Hi Priya,\n\nJust checking in on the import problem your team reported: the fix went live this morning and all 12,400 rows are in.\n\nAnna");

        Assert.False(reading.IsCheckInOnly);
    }

    [Fact]
    public void A_renewal_that_only_states_the_new_price_does_not_recap_value()
    {
        var reading = Read("Your subscription renews on 5 January. The new annual price is $24,000. Please sign the attached order form.");

        Assert.True(reading.IsRenewal);
        Assert.False(reading.RecapsValue);
    }

    [Fact]
    public void A_renewal_that_recaps_value_and_goals_recaps_value()
    {
        var reading = Read("Before your renewal, a recap: your controllers cut the close from nine days to five, and your goal for next year is consolidation. The renewal quote is attached.");

        Assert.True(reading.IsRenewal);
        Assert.True(reading.RecapsValue);
    }

    [Fact]
    public void Answering_a_question_about_renewal_timing_is_not_a_renewal_push()
    {
        Assert.False(Read("You asked whether your renewal can move to January. Yes, we can extend the current contract with no new terms.").IsRenewal);
    }

    [Fact]
    public void Self_promotion_with_nothing_about_the_recipient_is_seller_centric()
    {
        Assert.True(Read("We are thrilled to announce our new release! Our engineers built our best release ever, and we were named a leader again. We'd love to tell you about it.").IsSellerCentric);
    }

    [Fact]
    public void A_mail_specific_to_the_recipient_is_not_seller_centric_even_when_it_mentions_us()
    {
        var reading = Read("We are thrilled to announce our new release! You asked for port-level forecasts; Fabrikam's planners can try them in your sandbox today.");

        Assert.False(reading.IsSellerCentric);
    }

    [Fact]
    public void Cues_carry_their_position_in_the_body()
    {
        const string body = "Hello. Just checking in.";
        var cue = Assert.Single(Read(body).Of(CueKind.CheckIn));

        Assert.Equal(body.IndexOf("Just checking in", StringComparison.Ordinal), cue.Start);
        Assert.Equal("Just checking in", cue.Text);
    }

    [Fact]
    public void Cues_of_one_kind_come_in_the_order_found_and_a_kind_not_found_has_none()
    {
        var reading = Read("You asked about the import. Your team reported the bug. You asked again on Friday.");

        var specific = reading.Of(CueKind.RecipientSpecific).Select(cue => cue.Start).ToList();
        Assert.True(specific.Count >= 3, string.Join(",", specific));
        Assert.Equal(specific.Order(), specific);
        Assert.Empty(reading.Of(CueKind.PricePush));
        Assert.Equal(0, reading.Distinct(CueKind.PricePush));
        // "You asked" twice is one wording.
        Assert.True(reading.Distinct(CueKind.RecipientSpecific) < specific.Count);
        Assert.Equal(reading.Cues.Count, Enum.GetValues<CueKind>().Sum(kind => reading.Of(kind).Count));
    }

    [Fact]
    public void A_thread_reading_mails_one_after_another_carries_nothing_from_one_to_the_next()
    {
        var first = Read("Just checking in on the renewal quote. Our new annual price is attached. You asked about it.");
        var second = Read("Thanks for the notes.");

        Assert.NotEmpty(first.Of(CueKind.CheckIn));
        Assert.Empty(second.Of(CueKind.CheckIn));
        Assert.Empty(second.Of(CueKind.RecipientSpecific));
        Assert.NotEmpty(first.Of(CueKind.CheckIn));
    }
}

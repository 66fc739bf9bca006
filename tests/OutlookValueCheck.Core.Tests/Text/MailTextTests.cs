using OutlookValueCheck.Core.Drafts;
using OutlookValueCheck.Core.Text;

namespace OutlookValueCheck.Core.Tests.Text;

public sealed class MailTextTests
{
    private static string Authored(string body, BodyFormat format = BodyFormat.Text) =>
        MailText.From(body, format).Authored;

    [Fact]
    public void Html_becomes_readable_text_with_entities_decoded_and_scripts_dropped()
    {
        var text = MailText.From(
            "<html><head><style>p{}</style></head><body><p>Hi&nbsp;Greta,</p><ul><li>One &amp; two</li><li>Three</li></ul><script>alert(1)</script><p>Anna</p></body></html>",
            BodyFormat.Html);

        Assert.Equal("Hi Greta,\n\n- One & two\n- Three\n\nAnna\n", text.Plain);
    }

    [Fact]
    public void The_authored_text_keeps_every_offset_of_the_plain_text()
    {
        var body = "Hi Priya,\n\nThe fix is live.\n\nOn Tue, 17 Nov 2026 at 16:40, Priya <p@f.com> wrote:\n> old text\n";
        var text = MailText.From(body, BodyFormat.Text);

        Assert.Equal(text.Plain.Length, text.Authored.Length);
        Assert.Equal(text.Plain.IndexOf("The fix", StringComparison.Ordinal), text.Authored.IndexOf("The fix", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Thanks, see below.\n\nOn Tue, 17 Nov 2026 at 16:40, Priya Shah <p@fabrikam.com> wrote:\n> I'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n\nOn Tue, 17 Nov 2026 at 16:40, Priya Shah <p@fabrikam.com>\nwrote:\n> I'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n\n-----Original Message-----\nFrom: Anna\nSent: Monday\nSubject: Intro\n\nI'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n\nFrom: Anna Berg <anna@contoso.com>\nSent: Monday, October 19, 2026 9:00 AM\nTo: Ben\nSubject: Intro\n\nI'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n\n________________________________\nFrom: Anna Berg\nSent: Monday\n\nI'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n\n---------- Forwarded message ---------\nFrom: Anna\n\nI'd love to introduce Contoso\n")]
    [InlineData("Thanks, see below.\n> I'd love to introduce Contoso\n> and more\n")]
    public void Quoted_history_is_not_authored_text(string body)
    {
        var authored = Authored(body);

        Assert.Contains("Thanks, see below.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("introduce", authored, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_blockquotes_are_quoted_history()
    {
        var authored = Authored("<p>Sounds good.</p><blockquote><p>I'd love to introduce Contoso</p></blockquote>", BodyFormat.Html);

        Assert.Contains("Sounds good.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("introduce", authored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The export ran at 22:00.\n\n-- \nAnna Berg | Contoso, the leading analytics platform. Book a demo!\n")]
    [InlineData("The export ran at 22:00.\n\nBest regards,\nAnna Berg\nAccount Executive\nContoso, the leading analytics platform. Book a demo!\n")]
    public void Signatures_are_not_authored_text(string body)
    {
        var authored = Authored(body);

        Assert.Contains("The export ran at 22:00.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("demo", authored, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sign_off_word_in_the_middle_of_a_long_mail_does_not_hide_the_rest()
    {
        var body = "Hi,\n\nThanks!\n\n" + string.Join("\n", Enumerable.Range(1, 12).Select(i => $"Point {i} of the plan that matters to your team and is worth reading."));
        var authored = Authored(body);

        Assert.Contains("Point 12", authored, StringComparison.Ordinal);
    }

    [Fact]
    public void Legal_disclaimers_are_not_authored_text()
    {
        var authored = Authored("Here are the numbers.\n\nThis e-mail is confidential and intended solely for the addressee. If you have received it in error, please notify the sender.\n");

        Assert.Contains("Here are the numbers.", authored, StringComparison.Ordinal);
        Assert.DoesNotContain("confidential", authored, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Do not\tDISTRIBUTE this message. If you Received\nthis in error, delete it.")]
    [InlineData("PRIVILEGED material, for the Intended Recipient only.")]
    [InlineData("Please notify the sender and do not copy it: this is confidential.")]
    public void Disclaimers_are_found_whatever_their_case_and_white_space(string disclaimer)
    {
        var authored = Authored("Here are the numbers.\n\n" + disclaimer + "\n");

        Assert.Contains("Here are the numbers.", authored, StringComparison.Ordinal);
        Assert.Equal("", authored[authored.IndexOf('.', StringComparison.Ordinal)..].Trim(' ', '\n', '.'));
    }

    [Fact]
    public void One_marker_alone_is_the_sellers_own_words()
    {
        var authored = Authored("Here are the numbers.\n\nKeep this confidential for now: I received your notes and the budget grows next year.\n");

        Assert.Contains("I received your notes", authored, StringComparison.Ordinal);
    }
}

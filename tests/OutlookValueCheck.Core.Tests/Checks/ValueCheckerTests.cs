using OutlookValueCheck.Core.Checks;
using OutlookValueCheck.Core.Findings;
using OutlookValueCheck.Core.Policies;
using OutlookValueCheck.Core.Recipients;
using static OutlookValueCheck.Core.Tests.Checks.Scenario;

namespace OutlookValueCheck.Core.Tests.Checks;

public sealed class ValueCheckerTests
{
    private static readonly RecipientFacts Customer = Recipient("pat@fabrikam.com", Account(Relationship.Customer));

    [Fact]
    public void A_generic_pitch_to_a_customer_warns_and_asks_the_value_question()
    {
        var result = Check(GenericPitch, Customer);

        Assert.Equal(Verdict.Warn, result.Verdict);
        Assert.Equal(SendMode.PromptUser, result.SendMode);
        // The pitch says whom it wrongs; seller-centric (info) what the mail lacks (decision 97).
        Assert.Equal([FindingCode.PitchToCustomer, FindingCode.SellerCentric], result.Codes());
        var finding = result.Findings.Single(finding => finding.Code == FindingCode.PitchToCustomer);
        Assert.Equal("pat@fabrikam.com", finding.Recipient);
        Assert.Equal("Fabrikam has been a customer since April 2021, but this mail introduces us to Pat Lee as if to a stranger "
            + "(“My name is Anna and I'm reaching out from Contoso, a leading provider of…”).", finding.Message);
        Assert.Contains(finding.Evidence, evidence => evidence is PhraseEvidence { Text: "My name is", Part: TextPart.Body });
        Assert.Contains(new FactEvidence("account.relationship", "customer", "built-in CRM"), finding.Evidence);
        Assert.Equal("Does this add value for them?", result.ValueQuestion?.Question);
        Assert.Equal(Policy.DefaultValueAnswerReasons, result.ValueQuestion?.Reasons);
    }

    [Fact]
    public void Phrase_evidence_points_at_the_phrase_in_the_body()
    {
        var result = Check(GenericPitch, Customer);
        var phrase = result.Findings[0].Evidence.OfType<PhraseEvidence>().First();

        Assert.Equal(phrase.Text, GenericPitch.Replace("\r\n", "\n", StringComparison.Ordinal).Substring(phrase.Start, phrase.Length));
    }

    [Fact]
    public void An_answered_warning_lets_the_next_send_through()
    {
        var draft = Draft(GenericPitch, Customer) with { ValueAnswer = "They asked me for an overview" };
        var result = Checkers.Lexicon.Check(draft, [Customer], Policy.Default);

        Assert.Equal(Verdict.Warn, result.Verdict);
        Assert.Equal(SendMode.None, result.SendMode);
    }

    [Fact]
    public void A_block_finding_soft_blocks_even_when_the_value_question_was_answered()
    {
        var draft = Draft("Hi [First Name], here is the report you asked for.", Customer) with { ValueAnswer = "answered" };
        var result = Checkers.Lexicon.Check(draft, [Customer], Policy.Default);

        Assert.Equal(Verdict.Block, result.Verdict);
        Assert.Equal(SendMode.SoftBlock, result.SendMode);
        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCode.UnfilledPlaceholder, finding.Code);
        Assert.Null(finding.Recipient);
    }

    [Fact]
    public void Info_findings_never_stop_a_send()
    {
        var prospect = Recipient("pat@litware.com", Account(Relationship.Prospect, "Litware"));
        var result = Check(GenericPitch, prospect);

        Assert.Equal([FindingCode.SellerCentric], result.Codes());
        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Equal(SendMode.None, result.SendMode);
        Assert.Null(result.ValueQuestion);
    }

    [Fact]
    public void Internal_recipients_are_never_a_finding_target()
    {
        var colleague = Recipient("marco@contoso.com", Account(Relationship.Customer), doNotEmail: true, isInternal: true);
        var result = Check("Just checking in [First Name], any updates?", colleague);

        Assert.Empty(result.Findings);
        Assert.Equal(Verdict.Ok, result.Verdict);
    }

    [Fact]
    public void Exempt_domains_and_addresses_are_never_a_finding_target()
    {
        var policy = Policy.Default with { ExemptDomains = ["fabrikam.com"], ExemptAddresses = ["pat@litware.com"] };
        var result = Check("Just checking in. Any updates?", policy,
            Recipient("pat@emea.fabrikam.com", Account(Relationship.Customer)), Recipient("pat@litware.com"));

        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_do_not_email_recipient_blocks_whatever_the_mail_says()
    {
        var result = Check("Here is the report you asked for, with the numbers for your team.", Recipient("pat@fabrikam.com", Account(Relationship.Customer), doNotEmail: true));

        Assert.Equal([FindingCode.DoNotEmail], result.Codes());
        Assert.Equal(Verdict.Block, result.Verdict);
    }

    [Fact]
    public void The_fourth_unanswered_message_in_the_window_is_contact_fatigue()
    {
        var three = new MailHistory([Today.AddDays(-10), Today.AddDays(-6), Today.AddDays(-2)], Today.AddDays(-30));
        var result = Check("Here is the benchmark your team asked for.", Recipient("pat@litware.com", Account(Relationship.Prospect, "Litware"), history: three));

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCode.ContactFatigue, finding.Code);
        Assert.Contains("this would be number 4", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-20)]
    public void A_reply_or_an_old_message_does_not_count_toward_fatigue(int lastReplyDaysAgo)
    {
        var history = new MailHistory([Today.AddDays(-20), Today.AddDays(-6), Today.AddDays(-2)], Today.AddDays(lastReplyDaysAgo));
        var result = Check("Here is the benchmark your team asked for.", Recipient("pat@litware.com", history: history));

        Assert.DoesNotContain(FindingCode.ContactFatigue, result.Codes());
    }

    [Fact]
    public void Fatigue_thresholds_come_from_the_policy()
    {
        var two = new MailHistory([Today.AddDays(-3), Today.AddDays(-2)], null);
        var strict = Policy.Default with { FatigueMessageCount = 2 };

        Assert.Contains(FindingCode.ContactFatigue, Check("Here is the report.", strict, Recipient("pat@litware.com", history: two)).Codes());
        Assert.DoesNotContain(FindingCode.ContactFatigue, Check("Here is the report.", Recipient("pat@litware.com", history: two)).Codes());
    }

    [Fact]
    public void An_upsell_to_a_customer_with_open_high_severity_cases_is_at_risk()
    {
        var hurting = Recipient("pat@fabrikam.com", Account(Relationship.Customer, cases: 2));
        var result = Check("Your team could upgrade to the Premium plan and get 20% off if you sign this quarter.", hurting);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(FindingCode.AtRiskAccount, finding.Code);
        Assert.Contains(new FactEvidence("account.open_high_severity_cases", "2", "built-in CRM"), finding.Evidence);
    }

    [Fact]
    public void A_status_update_to_a_hurting_customer_is_welcome()
    {
        var hurting = Recipient("pat@fabrikam.com", Account(Relationship.Customer, cases: 2));

        Assert.Empty(Check("Update on your case 4821: the fix is live and the data was backfilled at 14:00.", hurting).Findings);
    }

    [Fact]
    public void An_upsell_inside_the_renewal_window_is_at_risk_and_outside_it_is_not()
    {
        const string upsell = "Your team could upgrade to the Premium plan and get 20% off this quarter.";
        var soon = Recipient("pat@fabrikam.com", Account(Relationship.Customer, renewal: DateOnly.FromDateTime(Today.AddDays(40).UtcDateTime)));
        var later = Recipient("pat@fabrikam.com", Account(Relationship.Customer, renewal: DateOnly.FromDateTime(Today.AddDays(90).UtcDateTime)));

        Assert.Equal([FindingCode.AtRiskAccount], Check(upsell, soon).Codes());
        Assert.Empty(Check(upsell, later).Findings);
    }

    [Fact]
    public void A_pitch_to_an_account_another_seller_owns_names_the_owner()
    {
        var theirs = Recipient("pat@fabrikam.com", Account(Relationship.Prospect, owner: "marco.rossi@contoso.com"));
        var finding = Assert.Single(Check(GenericPitch, theirs).Findings, finding => finding.Code == FindingCode.OwnedByColleague);

        Assert.Contains("marco.rossi@contoso.com", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_failed_lookup_is_reported_as_info_and_the_check_still_runs()
    {
        var unknown = Recipient("pat@fabrikam.com") with { LookupFailures = [new LookupFailure("crm", "timed out after 1500 ms")] };
        var result = Check("Just checking in. Any updates?", unknown);

        Assert.Equal([FindingCode.NoValueCheckIn, FindingCode.LookupUnavailable], result.Codes());
        Assert.Equal(Severity.Info, result.Findings.Single(finding => finding.Code == FindingCode.LookupUnavailable).Severity);
    }

    [Fact]
    public void A_code_turned_off_by_the_policy_is_never_raised()
    {
        var policy = Policy.Default with { Severities = new Dictionary<FindingCode, Severity>(Policy.DefaultSeverities) { [FindingCode.PitchToCustomer] = Severity.Off } };

        var result = Check(GenericPitch, policy, Customer);

        Assert.DoesNotContain(FindingCode.PitchToCustomer, result.Codes());
        Assert.Equal([FindingCode.SellerCentric], result.Codes());
    }

    [Fact]
    public void A_policy_with_checks_disabled_lets_everything_through()
    {
        var result = Check("Hi [First Name]", Policy.Default with { ChecksEnabled = false }, Recipient("x@fabrikam.com", doNotEmail: true));

        Assert.Equal(Verdict.Ok, result.Verdict);
        Assert.Empty(result.Findings);
    }

    [Fact]
    public void A_recipient_without_facts_is_checked_as_an_unknown_external_address()
    {
        var draft = Draft("Just checking in. Any news?") with { To = ["someone@example.org"] };
        var result = Checkers.Lexicon.Check(draft, [], Policy.Default);

        Assert.Equal([FindingCode.NoValueCheckIn], result.Codes());
        Assert.Equal("someone@example.org", Assert.Single(result.Recipients).Address);
    }

    [Fact]
    public void Placeholders_in_the_subject_are_found_too()
    {
        var draft = Draft("Here is the agenda.", Customer) with { Subject = "Meeting with {{company}}" };
        var finding = Assert.Single(Checkers.Lexicon.Check(draft, [Customer], Policy.Default).Findings);

        Assert.Equal(new PhraseEvidence(TextPart.Subject, 13, 11, "{{company}}"), finding.Evidence.Single());
    }

    [Theory]
    [InlineData("Hi {{ first_name }}, here is the report.", "{{ first_name }}")]
    [InlineData("Hi {{First Name | default: \"there\"}}, here is the report.", "{{First Name | default: \"there\"}}")]
    [InlineData("Hi {First Name}, here is the report.", "{First Name}")]
    [InlineData("Hi *|FNAME|*, here is the report.", "*|FNAME|*")]
    [InlineData("Hi {!Contact.FirstName}, here is the report.", "{!Contact.FirstName}")]
    [InlineData("Hi %FirstName%, here is the report.", "%FirstName%")]
    [InlineData("Hi <<First Name>>, here is the report.", "<<First Name>>")]
    public void The_merge_tags_of_common_sending_tools_are_placeholders(string body, string tag)
    {
        var finding = Assert.Single(Checkers.Lexicon.Check(Draft(body, Customer), [Customer], Policy.Default).Findings);

        Assert.Equal(FindingCode.UnfilledPlaceholder, finding.Code);
        Assert.Equal(tag, Assert.IsType<PhraseEvidence>(finding.Evidence.Single()).Text);
    }

    [Theory]
    [InlineData("Guten Tag {Vorname}, anbei der Bericht.", "{Vorname}")]
    [InlineData("Sehr geehrte Frau [Nachname], anbei der Bericht für [Firma].", "[Nachname]")]
    [InlineData("Hallo <Vorname>, anbei der Bericht.", "<Vorname>")]
    [InlineData("Bonjour [Prénom], voici le rapport.", "[Prénom]")]
    [InlineData("Bonjour {{prenom}}, voici le rapport pour {{societe}}.", "{{prenom}}")]
    [InlineData("Bonjour, voici le rapport pour <Société>.", "<Société>")]
    [InlineData("Hola {{nombre}}, le envío el informe.", "{{nombre}}")]
    [InlineData("Estimado [Nombre], le envío el informe para [Empresa].", "[Nombre]")]
    [InlineData("Hola Ana, le envío el informe.\n\n<Firma>", "<Firma>")]
    [InlineData("Hola Ana, el precio para XXX es de 1.200 €.", "XXX")]
    public void Placeholders_in_german_french_and_spanish_templates_are_found(string body, string first)
    {
        var finding = Assert.Single(Checkers.Lexicon.Check(Draft(body, Customer), [Customer], Policy.Default).Findings);

        Assert.Equal(FindingCode.UnfilledPlaceholder, finding.Code);
        Assert.Equal(first, Assert.IsType<PhraseEvidence>(finding.Evidence[0]).Text);
    }

    [Theory]
    [InlineData("Guten Tag Frau Berg, die Firma Kessler liefert am Freitag.")]
    [InlineData("Bonjour Anne, le nom du fichier est « rapport mars ».")]
    [InlineData("Hola Ana, el nombre de la empresa en la factura ya está corregido.")]
    public void Local_field_words_in_running_text_are_not_placeholders(string body)
    {
        Assert.DoesNotContain(FindingCode.UnfilledPlaceholder, Checkers.Lexicon.Check(Draft(body, Customer), [Customer], Policy.Default).Codes());
    }

    [Theory]
    [InlineData("[EXTERNAL] Re: your question")]
    [InlineData("Invoice 2026-11 [PAID]")]
    public void Mail_system_tags_are_not_placeholders(string subject)
    {
        var draft = Draft("Here is the agenda.", Customer) with { Subject = subject };

        Assert.DoesNotContain(FindingCode.UnfilledPlaceholder, Checkers.Lexicon.Check(draft, [Customer], Policy.Default).Codes());
    }
}

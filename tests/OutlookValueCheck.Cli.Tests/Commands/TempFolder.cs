using System.Globalization;
using MimeKit;

namespace OutlookValueCheck.Cli.Tests.Commands;

/// <summary>A throw-away folder with mail and CRM files written in their real formats.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "valuecheck-tests", Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public static MimeMessage Mail(string from, string to, string date, string body, string subject = "Hello", string? id = null)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Date = DateTimeOffset.Parse(date, CultureInfo.InvariantCulture);
        message.MessageId = id ?? MimeKit.Utils.MimeUtils.GenerateMessageId("test.local");
        message.Body = new TextPart("plain") { Text = body };
        return message;
    }

    public string Eml(string relative, MimeMessage message)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        message.WriteTo(full);
        return full;
    }

    /// <summary>The corpus CRM copied here, so a test can break it without touching the repository.</summary>
    public string CopyCorpusCrm(string folder = "crm")
    {
        var target = System.IO.Path.Combine(Path, folder);
        Directory.CreateDirectory(target);
        foreach (var file in new[] { "accounts.csv", "contacts.csv" })
            System.IO.File.Copy(RepositoryPaths.Corpus("crm", file), System.IO.Path.Combine(target, file));
        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}

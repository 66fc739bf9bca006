using MimeKit;
using OutlookValueCheck.Cli.Input;

namespace OutlookValueCheck.Cli.Mail;

/// <summary>Reads the messages to audit from a folder of .eml files (recursively) or from one mbox file.</summary>
internal static class MailSource
{
    public static IEnumerable<MailItem> Read(string path)
    {
        if (Directory.Exists(path))
            return ReadFolder(path, ListMailFiles(path));
        if (File.Exists(path))
            return LooksLikeMbox(path) ? ReadMbox(path) : ReadSingle(path);
        throw new InputException($"'{path}' is neither a folder of .eml files nor an mbox file.");
    }

    /// <summary>Listed up front so that an empty folder is reported before any output is written.</summary>
    private static List<string> ListMailFiles(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.eml", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (files.Count == 0)
            throw new InputException($"folder '{folder}' holds no .eml files.");
        return files;
    }

    private static IEnumerable<MailItem> ReadFolder(string folder, List<string> files)
    {
        var sequence = 0;
        foreach (var file in files)
        {
            var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
            yield return Load(file, name, sequence++);
        }
    }

    private static IEnumerable<MailItem> ReadSingle(string file)
    {
        yield return Load(file, Path.GetFileName(file), 0);
    }

    private static MailItem Load(string file, string name, int sequence)
    {
        try
        {
            return new MailItem(name, sequence, MimeMessage.Load(file), null);
        }
        catch (FormatException exception)
        {
            return new MailItem(name, sequence, null, $"cannot be parsed as a mail message ({exception.Message.TrimEnd('.')})");
        }
        catch (IOException exception)
        {
            return new MailItem(name, sequence, null, $"cannot be read ({exception.Message.TrimEnd('.')})");
        }
    }

    private static IEnumerable<MailItem> ReadMbox(string file)
    {
        var name = Path.GetFileName(file);
        using var stream = File.OpenRead(file);
        var parser = new MimeParser(stream, MimeFormat.Mbox);
        var sequence = 0;
        while (!parser.IsEndOfStream)
        {
            MimeMessage message;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException exception)
            {
                // Nothing after an unreadable "From " separator can be trusted to line up with message boundaries.
                throw new InputException($"{name}: message {sequence + 1} breaks the mbox format ({exception.Message.TrimEnd('.')}); stopped reading there.");
            }
            sequence++;
            yield return new MailItem($"{name}#{sequence}", sequence - 1, message, null);
        }
        if (sequence == 0)
            throw new InputException($"mbox file '{file}' holds no messages.");
    }

    private static bool LooksLikeMbox(string file)
    {
        if (file.EndsWith(".mbox", StringComparison.OrdinalIgnoreCase) || file.EndsWith(".mbx", StringComparison.OrdinalIgnoreCase))
            return true;
        using var reader = new StreamReader(file);
        var buffer = new char[5];
        return reader.ReadBlock(buffer, 0, 5) == 5 && new string(buffer) == "From ";
    }
}

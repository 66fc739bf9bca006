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
            var before = parser.Position;
            MimeMessage? message = null;
            string? problem = null;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException exception)
            {
                problem = $"cannot be parsed as a mail message ({exception.Message.TrimEnd('.')})";
            }
            sequence++;
            yield return new MailItem($"{name}#{sequence}", sequence - 1, message, problem);
            if (message is not null)
                continue;
            // After a message it cannot parse, MimeKit's parser has lost its place: restart it at the next
            // "From " separator line after the broken message, so the rest of the mailbox is still audited.
            var next = NextSeparator(stream, before + 1);
            if (next < 0)
                break;
            stream.Position = next;
            parser.SetStream(stream, MimeFormat.Mbox);
        }
        if (sequence == 0)
            throw new InputException($"mbox file '{file}' holds no messages.");
    }

    /// <summary>The offset of the first line starting with "From " at or after <paramref name="from"/>, or -1.</summary>
    private static long NextSeparator(Stream stream, long from)
    {
        ReadOnlySpan<byte> separator = "\nFrom "u8;
        var buffer = new byte[64 * 1024];
        var offset = Math.Max(0, from - 1);
        while (offset < stream.Length)
        {
            stream.Position = offset;
            var read = stream.Read(buffer, 0, buffer.Length);
            if (read <= 0)
                break;
            var index = buffer.AsSpan(0, read).IndexOf(separator);
            if (index >= 0)
                return offset + index + 1;
            if (read < separator.Length)
                break;
            offset += read - separator.Length + 1;
        }
        return -1;
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

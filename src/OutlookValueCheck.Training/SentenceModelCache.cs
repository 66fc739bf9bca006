using System.Security.Cryptography;
using System.Text;
using OutlookValueCheck.Core.Model;

namespace OutlookValueCheck.Training;

/// <summary>
/// A folder of trained sentence models (their weights only, without a mail-intent model), each filed under a hash of
/// what it was made of (data, features, settings, which mails it left out). Held-out scoring trains a few dozen
/// sentence models; with this, trying a change that leaves them as they were (the mail features, the mail rules)
/// takes a minute instead of a retrain of all of them. No folder: every model is trained afresh.
/// </summary>
public sealed class SentenceModelCache(string? folder)
{
    public SentenceModel Get(string madeOf, Func<SentenceModel> train)
    {
        if (folder is null)
            return train();
        var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(madeOf)))[..16];
        var path = Path.Combine(folder, $"model-{key}.bin");
        if (File.Exists(path))
        {
            using var stored = File.OpenRead(path);
            return SentenceModelFile.Read(stored);
        }
        var model = train().WithoutIntents();
        Directory.CreateDirectory(folder);
        // Written aside and moved, so a stopped run never leaves half a model to be read next time.
        var written = $"{path}.{Environment.ProcessId}.tmp";
        using (var file = File.Create(written))
            SentenceModelFile.Write(model, file);
        File.Move(written, path, overwrite: true);
        return model;
    }
}

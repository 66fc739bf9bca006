using System.Security.Cryptography;
using System.Text;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// The stranger set (tests/corpus/stranger) is frozen: written by authors who never saw the code or any training
/// data, committed before anything was trained or tuned, and never edited. These hashes make an edit fail loudly;
/// a new labeled set goes into a folder of its own with a hash of its own.
/// </summary>
public sealed class StrangerSetTests
{
    private static readonly IReadOnlyDictionary<string, string> PinnedMailboxes = new Dictionary<string, string>
    {
        ["hospitality"] = "adbd85f620165059f9f766fd68a156ff25d44cfbe62db813f81351c6261dc69b",
        ["industrial"] = "ad848ce89a62d11ae72ff0f6379ec2194164806341e43d7e32ff178159809195",
        ["insurance"] = "c43e095f3fce1cd7a6d04d4225ba33cd5d1e1b8082e2a32057fef4871b987013",
        ["labsupply"] = "f041940329727a4463db00528b6c72a7ae3cf739076a8e8fa20b3683b96f8298",
    };

    private const string PinnedReadme = "787c4beead1d2aa2ac407909a1343a70ed40dcbf4a466efe6b6999cc5af59108";

    [Fact]
    public void The_stranger_set_holds_exactly_the_four_frozen_mailboxes_and_its_readme()
    {
        var root = RepositoryPaths.Corpus("stranger");
        var entries = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["README.md", .. PinnedMailboxes.Keys.Order(StringComparer.Ordinal)], entries);
        Assert.Equal(PinnedReadme, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, "README.md")))));
    }

    [Theory]
    [InlineData("hospitality")]
    [InlineData("industrial")]
    [InlineData("insurance")]
    [InlineData("labsupply")]
    public void A_frozen_mailbox_is_byte_for_byte_what_was_committed(string mailbox) =>
        Assert.Equal(PinnedMailboxes[mailbox], HashOf(RepositoryPaths.Corpus("stranger", mailbox)));

    /// <summary>SHA-256 over every file's relative path and bytes, in ordinal path order.</summary>
    private static string HashOf(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var paths = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            hash.AppendData(Encoding.UTF8.GetBytes(path));
            hash.AppendData([0]);
            hash.AppendData(File.ReadAllBytes(Path.Combine(folder, path)));
            hash.AppendData([0]);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}

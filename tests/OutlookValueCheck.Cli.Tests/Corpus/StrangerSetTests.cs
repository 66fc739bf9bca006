using System.Security.Cryptography;
using System.Text;

namespace OutlookValueCheck.Cli.Tests.Corpus;

/// <summary>
/// The stranger sets (tests/corpus/stranger, stranger2, and per language stranger-de, -fr, -es, -de2, -fr2, -es2) are frozen: written by authors who never saw the
/// code or any training data, committed before they were scored or anything was tuned on them, and never edited.
/// These hashes make an edit fail loudly; a new labeled set goes into a folder of its own with hashes of its own.
/// </summary>
public sealed class StrangerSetTests
{
    private static readonly Dictionary<string, (string Readme, Dictionary<string, string> Mailboxes)> PinnedSets =
        new()
        {
            ["stranger"] = ("787c4beead1d2aa2ac407909a1343a70ed40dcbf4a466efe6b6999cc5af59108", new Dictionary<string, string>
            {
                ["hospitality"] = "adbd85f620165059f9f766fd68a156ff25d44cfbe62db813f81351c6261dc69b",
                ["industrial"] = "ad848ce89a62d11ae72ff0f6379ec2194164806341e43d7e32ff178159809195",
                ["insurance"] = "c43e095f3fce1cd7a6d04d4225ba33cd5d1e1b8082e2a32057fef4871b987013",
                ["labsupply"] = "f041940329727a4463db00528b6c72a7ae3cf739076a8e8fa20b3683b96f8298",
            }),
            // Written and committed on 2026-12-02, before it was first scored.
            ["stranger2"] = ("8d6411d4b7584375f0cb4f0e0c12fbfd5eb6e297cfce98b70dfd24fd2f9bdc51", new Dictionary<string, string>
            {
                ["dental"] = "a116880f5ed1ca0fb0e4449c290f203f5b8035f327f83e3729e86baff0b77ba6",
                ["marine"] = "212db1bc0e9c84ccffdb6acfde9b62ed5c56d174f686806036cce567098aed93",
                ["publishing"] = "1f04cf3d0b5109b8fcb0d8fc5aff40b8f7f3dfe5e2fe7ec90fabac58044162da",
                ["vetsupply"] = "b5546cf84a7166d07cfd44e8c06875e3580753a97be4444139df88415d48adc5",
            }),
            // German, written and committed on 2026-12-02, before any German mail was scored or trained on.
            ["stranger-de"] = ("c0fe2f074ab14ce4697370c6b1a2b7f82a56ac96575f512adfc48012c8478e14", new Dictionary<string, string>
            {
                ["drives"] = "0619a8e9af56467f5bc46d137a1989f697f49c223d031f9c00a6bf1e54966c65",
            }),
            // French, written and committed on 2026-12-02, before any French mail was scored or trained on.
            ["stranger-fr"] = ("ab357331c5687180a7ae11c456c8936b86a1e42335a6e26baa684bb7bc567c4e", new Dictionary<string, string>
            {
                ["glass"] = "b98a674cbcc7d03bffff08f2f361adb4a75165e3ec1c932c173793ab2ad94e96",
            }),
            // Spanish, written and committed on 2026-12-02, before any Spanish mail was scored or trained on.
            ["stranger-es"] = ("62e626285dd75d432b022e9ff4cb87d52eeb17a58918409b035efaa06b3da311", new Dictionary<string, string>
            {
                ["greenhouse"] = "a640df3cc00907cfb46af57e6ceb573aba76b105975e4b9cafaf482408d3a5fc",
            }),
            // The second German, French and Spanish sets, written and committed on 2026-12-03, before they were scored
            // and before any training on the fifth round of German, French and Spanish mail.
            ["stranger-de2"] = ("3a15eafa15479f9232e5541df5f9e281c5908030509a7e99736cb25ccde774d5", new Dictionary<string, string>
            {
                ["software"] = "2a7b075b71a4cc57d34e8cc9bd3d9e993a29a11248f37e0885bf8b28dc0e0d8d",
                ["software-2"] = "fd6f64a766c3c41468b91f7d4b7472aa9b65cce2039a4084bfde58be569be320",
            }),
            ["stranger-fr2"] = ("8ebe8d3de2390a890bc11d06cdbe6b0482f29f107b72a8ceefa4c04d8a8537e6", new Dictionary<string, string>
            {
                ["kitchen"] = "ef1db87c6abaf6d98c6542edaad3f3b2bce07bab5cf1bea9b067fff6df30b61e",
            }),
            ["stranger-es2"] = ("4cfb3c35cdf399494520cf6afd4d8e1065205af1ab56719946675d48d0eba6de", new Dictionary<string, string>
            {
                ["accounting"] = "d95bd751e42c554707d39625471d975127d88ec47f0859bc3d2e58d2480c8eed",
            }),
        };

    /// <summary>Every pinned set: a new one is pinned by adding its hashes above, nothing else.</summary>
    public static TheoryData<string> Sets => [.. PinnedSets.Keys];

    /// <summary>Every pinned mailbox of every set.</summary>
    public static TheoryData<string, string> Mailboxes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var (set, (_, mailboxes)) in PinnedSets)
            {
                foreach (var mailbox in mailboxes.Keys)
                    data.Add(set, mailbox);
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Sets))]
    public void A_stranger_set_holds_exactly_its_frozen_mailboxes_and_its_readme(string set)
    {
        var (readme, mailboxes) = PinnedSets[set];
        var root = RepositoryPaths.Corpus(set);
        var entries = Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["README.md", .. mailboxes.Keys.Order(StringComparer.Ordinal)], entries);
        Assert.Equal(readme, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(root, "README.md")))));
    }

    [Theory]
    [MemberData(nameof(Mailboxes))]
    public void A_frozen_mailbox_is_byte_for_byte_what_was_committed(string set, string mailbox) =>
        Assert.Equal(PinnedSets[set].Mailboxes[mailbox], HashOf(RepositoryPaths.Corpus(set, mailbox)));

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

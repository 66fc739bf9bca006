using System.Buffers;
using System.Globalization;
using System.Text;

namespace OutlookValueCheck.Core.Recipients;

/// <summary>
/// The one spelling of an address that every match uses (CRM contacts and accounts, do-not-email, exemptions, mail
/// history, hashes), so that a recipient cannot slip past a rule by being spelled differently: lower case, no
/// trailing dot on the domain, no quotes around a local part that needs none, and an internationalised domain in its
/// ASCII (punycode) form, which is how DNS and Exchange spell it.
/// </summary>
public static class EmailAddresses
{
    // A local part made only of these (and single dots between them) needs no quotes (RFC 5322 dot-atom; any
    // non-ASCII character is allowed as well, RFC 6532).
    private static readonly SearchValues<char> AtomText =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!#$%&'*+-/=?^_`{|}~");

    // Measured: span.IndexOfAnyInRange('A', 'Z') allocates 96 bytes a call on this runtime; SearchValues does not.
    private static readonly SearchValues<char> UpperCase = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    /// <summary>Compares addresses by their normal spelling.</summary>
    public static IEqualityComparer<string> Comparer { get; } = new NormalComparer();

    /// <summary>
    /// The normal spelling of <paramref name="address"/>: the same instance, without allocating, when it already is
    /// (the common case: a lower-case ASCII address). Never throws; text that is not an address is only trimmed and
    /// lower-cased, and the validators refuse it elsewhere.
    /// </summary>
    public static string Normalise(string address)
    {
        if (IsNormal(address))
            return address;
        var trimmed = address.AsSpan().Trim();
        var at = trimmed.LastIndexOf('@');
        if (at <= 0 || at == trimmed.Length - 1)
            return trimmed.ToString().ToLowerInvariant();
        return string.Concat(LocalPart(trimmed[..at]), "@", Domain(trimmed[(at + 1)..]));
    }

    /// <summary>Whether two spellings name the same mailbox.</summary>
    public static bool AreSame(string? first, string? second) =>
        first is not null && second is not null && string.Equals(Normalise(first), Normalise(second), StringComparison.Ordinal);

    /// <summary>
    /// The base address of a sub-address ("press@nodpublishers.com" for "press+news@nodpublishers.com"), which
    /// Exchange Online and most hosts deliver to the same mailbox; null when the address has no "+tag".
    /// </summary>
    /// <param name="normalAddress">An address in its normal spelling (<see cref="Normalise"/>).</param>
    public static string? SubAddressBase(string normalAddress)
    {
        var at = normalAddress.LastIndexOf('@');
        if (at <= 0 || normalAddress[0] == '"')
            return null;
        var plus = normalAddress.IndexOf('+', 0, at);
        return plus <= 0 ? null : string.Concat(normalAddress.AsSpan(0, plus), normalAddress.AsSpan(at));
    }

    /// <summary>The normal spelling of a domain name: lower case, no trailing dot, punycode for an internationalised one.</summary>
    public static string NormaliseDomain(string domain)
    {
        var trimmed = domain.AsSpan().Trim();
        if (trimmed.Length == domain.Length && IsNormalAscii(domain) && !domain.EndsWith('.'))
            return domain;
        return Domain(trimmed);
    }

    // Lower-case ASCII, nothing around it, no quotes to drop and no trailing dot: already normal. Both searches are
    // vectorised, so this costs little next to the hash lookups it precedes.
    private static bool IsNormal(string address) =>
        address.Length > 0
        && address[0] != '"'
        && !char.IsWhiteSpace(address[0])
        && !char.IsWhiteSpace(address[^1])
        && address[^1] != '.'
        && IsNormalAscii(address);

    private static bool IsNormalAscii(string text) => Ascii.IsValid(text) && !text.AsSpan().ContainsAny(UpperCase);

    private static string LocalPart(ReadOnlySpan<char> local)
    {
        if (local.Length >= 2 && local[0] == '"' && local[^1] == '"')
        {
            var content = Unquoted(local[1..^1]);
            if (IsDotAtom(content))
                return content.ToLowerInvariant();
        }
        return local.ToString().ToLowerInvariant();
    }

    /// <summary>The text of a quoted string: each quoted pair (a backslash and the character after it) is that character.</summary>
    private static string Unquoted(ReadOnlySpan<char> quoted)
    {
        if (!quoted.Contains('\\'))
            return quoted.ToString();
        var text = new StringBuilder(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            if (quoted[i] == '\\' && i + 1 < quoted.Length)
                i++;
            text.Append(quoted[i]);
        }
        return text.ToString();
    }

    private static bool IsDotAtom(string text)
    {
        if (text.Length == 0 || text[0] == '.' || text[^1] == '.' || text.Contains("..", StringComparison.Ordinal))
            return false;
        foreach (var character in text)
        {
            if (character != '.' && character < 0x80 && !AtomText.Contains(character))
                return false;
        }
        return true;
    }

    private static string Domain(ReadOnlySpan<char> domain)
    {
        var lower = domain.TrimEnd('.').ToString().ToLowerInvariant();
        // An address literal ([192.0.2.1]) and an ASCII name are as normal as they get; validators refuse the former.
        if (lower.StartsWith('[') || Ascii.IsValid(lower))
            return lower;
        try
        {
            // Invariant globalization mode (the service's) still encodes punycode; it does not case-map, hence the
            // lower-casing first. Instances are not documented as thread-safe, and this path is rare.
            return new IdnMapping().GetAscii(lower);
        }
        catch (ArgumentException)
        {
            return lower; // not a valid internationalised name: left for the validators to refuse
        }
    }

    private sealed class NormalComparer : IEqualityComparer<string>
    {
        public bool Equals(string? x, string? y) => ReferenceEquals(x, y) || AreSame(x, y);

        public int GetHashCode(string address) => StringComparer.Ordinal.GetHashCode(Normalise(address));
    }
}

using System.Globalization;
using System.Text;

namespace OutlookValueCheck.Core.Recipients;

/// <summary>
/// Addresses refused wherever one enters (a check, a lookup, a CRM import, a policy): those holding a character the
/// seller cannot see or one that reorders the text around it (so the address shown is not the address matched), and
/// those at an IP literal instead of a domain name (which no CRM account or internal domain can match).
/// </summary>
public static class AddressProblems
{
    private static readonly Dictionary<int, string> Names = new()
    {
        [0x00AD] = "SOFT HYPHEN",
        [0x200B] = "ZERO WIDTH SPACE",
        [0x200C] = "ZERO WIDTH NON-JOINER",
        [0x200D] = "ZERO WIDTH JOINER",
        [0x200E] = "LEFT-TO-RIGHT MARK",
        [0x200F] = "RIGHT-TO-LEFT MARK",
        [0x202A] = "LEFT-TO-RIGHT EMBEDDING",
        [0x202B] = "RIGHT-TO-LEFT EMBEDDING",
        [0x202C] = "POP DIRECTIONAL FORMATTING",
        [0x202D] = "LEFT-TO-RIGHT OVERRIDE",
        [0x202E] = "RIGHT-TO-LEFT OVERRIDE",
        [0x2066] = "LEFT-TO-RIGHT ISOLATE",
        [0x2067] = "RIGHT-TO-LEFT ISOLATE",
        [0x2068] = "FIRST STRONG ISOLATE",
        [0x2069] = "POP DIRECTIONAL ISOLATE",
        [0xFEFF] = "ZERO WIDTH NO-BREAK SPACE",
    };

    /// <summary>
    /// Why <paramref name="address"/> is refused, as a sentence that quotes it with the offending character made
    /// visible; null when it is not. Only this; whether it is an address at all is the caller's rule.
    /// </summary>
    public static string? Describe(string address)
    {
        var at = address.LastIndexOf('@');
        return Hidden(address, "address") ?? IpLiteral(address.Trim(), at < 0 ? "" : address[(at + 1)..]);
    }

    /// <summary>Why a domain name (an account's, an exempt one) is refused; null when it is not.</summary>
    public static string? DescribeDomain(string domain) => Hidden(domain, "domain name") ?? IpLiteral(domain.Trim(), domain);

    private static string? Hidden(string text, string what) =>
        FirstHidden(text) is { } hidden
            ? $"'{Shown(text)}' contains {Name(hidden)}, "
                + $"{(IsDirectional(hidden.Value) ? "a character that changes the direction of the text around it" : "an invisible character")}; "
                + $"type the {what} again without it."
            : null;

    private static string? IpLiteral(string quoted, string domainPart)
    {
        var domain = domainPart.AsSpan().Trim().TrimEnd('.').ToString();
        return domain.StartsWith('[') || Uri.CheckHostName(domain) is UriHostNameType.IPv4 or UriHostNameType.IPv6
            ? $"'{quoted}' is at the IP address {domain}, not at a domain name; use the address at the organisation's domain."
            : null;
    }

    /// <summary>
    /// The first character no one sees in the address as displayed: every Unicode format character (U+200B-U+200F,
    /// U+202A-U+202E, U+2066-U+2069, U+00AD, U+FEFF, tag characters...) and every white space beyond ASCII's.
    /// </summary>
    private static Rune? FirstHidden(string address)
    {
        if (Ascii.IsValid(address))
            return null;
        foreach (var rune in address.EnumerateRunes())
        {
            if (IsHidden(rune))
                return rune;
        }
        return null;
    }

    private static bool IsHidden(Rune rune) =>
        rune.Value >= 0x80 && (Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || Rune.IsWhiteSpace(rune));

    private static bool IsDirectional(int value) => value is 0x200E or 0x200F or >= 0x202A and <= 0x202E or >= 0x2066 and <= 0x2069 or 0x061C;

    private static string Name(Rune rune) =>
        Names.TryGetValue(rune.Value, out var name)
            ? string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4} {name}")
            : string.Create(CultureInfo.InvariantCulture, $"U+{rune.Value:X4}");

    /// <summary>The address with each hidden character written as &lt;U+XXXX&gt;, so the message shows where it is.</summary>
    private static string Shown(string address)
    {
        var shown = new StringBuilder(address.Length + 8);
        foreach (var rune in address.Trim().EnumerateRunes())
        {
            if (IsHidden(rune))
                shown.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
            else
                shown.Append(rune.ToString());
        }
        return shown.ToString();
    }
}

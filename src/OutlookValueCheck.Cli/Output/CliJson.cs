using System.Text.Encodings.Web;
using System.Text.Json;

namespace OutlookValueCheck.Cli.Output;

internal static class CliJson
{
    /// <summary>One line per value (JSON Lines), camelCase, non-ASCII kept readable.</summary>
    public static readonly JsonSerializerOptions Lines = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static readonly JsonSerializerOptions Indented = new(Lines) { WriteIndented = true };
}

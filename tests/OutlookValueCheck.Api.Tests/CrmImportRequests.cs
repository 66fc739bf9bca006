using System.Net.Http.Headers;
using System.Text;

namespace OutlookValueCheck.Api.Tests;

/// <summary>The CRM import's form as the console sends it: the two files in the fields accounts and contacts.</summary>
internal static class CrmImportRequests
{
    /// <summary>The files' bytes as they are (a test may send bytes that are not UTF-8).</summary>
    public static MultipartFormDataContent Files(byte[] accounts, byte[] contacts) => new()
    {
        { Csv(accounts), "accounts", "accounts.csv" },
        { Csv(contacts), "contacts", "contacts.csv" },
    };

    public static MultipartFormDataContent Files(string accounts, string contacts) => Files(Encoding.UTF8.GetBytes(accounts), Encoding.UTF8.GetBytes(contacts));

    private static ByteArrayContent Csv(byte[] bytes)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv") { CharSet = "utf-8" };
        return content;
    }
}

namespace OutlookValueCheck.Core.Crm;

/// <summary>CSV text to import and the name to report errors against (usually the file name).</summary>
public sealed record CsvSource(string Name, TextReader Reader);

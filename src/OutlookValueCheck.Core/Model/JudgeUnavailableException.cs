namespace OutlookValueCheck.Core.Model;

/// <summary>A judge cannot be built (unknown name, missing or damaged model); the message says which and why.</summary>
public sealed class JudgeUnavailableException(string message) : Exception(message);

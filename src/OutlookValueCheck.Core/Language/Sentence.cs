namespace OutlookValueCheck.Core.Language;

/// <summary>A sentence of the authored body and what kind of sentence it is.</summary>
public readonly record struct Sentence(int Start, int Length, int Words, SentenceRole Role);

public enum SentenceRole
{
    /// <summary>Says something: an answer, a fact, a proposal, a question about the matter at hand.</summary>
    Substantive,
    Greeting,
    Closing,
    /// <summary>Exists to stay in touch ("just checking in").</summary>
    CheckIn,
    /// <summary>Too short to carry anything (a name, "A.", "Thanks!").</summary>
    Filler,
}

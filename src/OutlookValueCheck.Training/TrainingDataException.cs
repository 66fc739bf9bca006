namespace OutlookValueCheck.Training;

/// <summary>Labeled data that cannot be trained on; the message starts with file:line.</summary>
public sealed class TrainingDataException(string message) : Exception(message);

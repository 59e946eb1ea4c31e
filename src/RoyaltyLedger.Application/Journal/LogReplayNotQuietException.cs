namespace RoyaltyLedger.Application.Journal;

/// <summary>A replay was asked for while the journal had not caught up with the log: its effect would differ for that reason alone.</summary>
public sealed class LogReplayNotQuietException(string message) : Exception(message);

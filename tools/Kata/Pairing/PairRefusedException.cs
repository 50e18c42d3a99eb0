namespace Katas.Tool.Pairing;

/// <summary>A pair command that cannot run now (exit code 1): the message says why and what to do; nothing was changed.</summary>
internal sealed class PairRefusedException(string message) : Exception(message);

namespace RoyaltyLedger.Grains.Projection;

/// <summary>The failure <see cref="ProjectionFaults"/> injects; never thrown unless a test switched the hook on.</summary>
public sealed class InjectedFaultException : Exception
{
    public InjectedFaultException()
    {
    }

    public InjectedFaultException(string message)
        : base(message)
    {
    }

    public InjectedFaultException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

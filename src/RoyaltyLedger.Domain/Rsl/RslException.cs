namespace RoyaltyLedger.Domain.Rsl;

/// <summary>
/// An RSL document the reader refuses as a whole (not XML, a DTD, too large or too deep, the wrong root or namespace,
/// no content element to read): <see cref="Path"/> names where, the message names the value.
/// </summary>
public sealed class RslException(string path, string message) : Exception(message)
{
    /// <summary>The XPath of the element or attribute at fault, e.g. <c>/rsl/content[1]/@url</c>.</summary>
    public string Path { get; } = path;
}

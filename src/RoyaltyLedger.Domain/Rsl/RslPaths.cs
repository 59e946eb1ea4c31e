using System.Xml.Linq;

namespace RoyaltyLedger.Domain.Rsl;

/// <summary>XPaths that name a node of the document for the report, e.g. <c>/rsl/content[1]/license[2]/payment[1]/@type</c>.</summary>
internal static class RslPaths
{
    public static string Of(XElement element)
    {
        var steps = new Stack<string>();
        for (var e = element; e is not null; e = e.Parent)
        {
            steps.Push(e.Parent is null ? e.Name.LocalName : $"{e.Name.LocalName}[{e.ElementsBeforeSelf(e.Name).Count() + 1}]");
        }

        return "/" + string.Join('/', steps);
    }

    public static string Of(XAttribute attribute) => $"{Of(attribute.Parent!)}/@{attribute.Name.LocalName}";
}
